"""Web: HTML pages of stories (templates and assets), shared by the offline report and the web app."""
