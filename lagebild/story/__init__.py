"""lagebild.story"""
