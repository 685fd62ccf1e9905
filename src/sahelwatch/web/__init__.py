"""The JSON API, the offline dashboard and the briefing report (``sahelwatch serve``,
``sahelwatch token``, ``sahelwatch report``). See ``sahelwatch.web.app.create_app``."""
