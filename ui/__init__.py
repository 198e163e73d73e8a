"""The Streamlit explorer. Reads only through ``graph`` and ``queries``."""
