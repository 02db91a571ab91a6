"""lagebild.nlp"""
