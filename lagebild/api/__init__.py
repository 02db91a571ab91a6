"""lagebild.api"""
