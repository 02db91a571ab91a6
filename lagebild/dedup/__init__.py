"""lagebild.dedup"""
