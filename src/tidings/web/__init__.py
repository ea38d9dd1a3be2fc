"""The dashboard: static assets in ``static/`` served by the API (``tidings serve``)."""
