"""lagebild.export"""
