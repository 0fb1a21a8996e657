"""Routing adapters: travel-time matrices and solvers (PyVRP; OR-Tools for comparison)."""
