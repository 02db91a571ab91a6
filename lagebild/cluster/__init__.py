"""lagebild.cluster"""
