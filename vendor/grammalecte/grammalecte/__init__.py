"""
Grammar checker
"""

from .grammar_checker import *
