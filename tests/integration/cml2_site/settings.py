"""Django settings of the django-cml2 exchange site the CommerceML tests run (loopback only)."""

import os

SITE_DIR = os.environ["CML2_SITE_DIR"]

SECRET_KEY = "cml2-test-site-only"
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "cml",
]
MIDDLEWARE = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
]
ROOT_URLCONF = "urls"
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": os.path.join(SITE_DIR, "site.sqlite3")}}
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
USE_TZ = True
MEDIA_ROOT = os.path.join(SITE_DIR, "media")
CML_USER_DELEGATE = "delegate"
CML_USE_ZIP = False
CML_FILE_LIMIT = int(os.environ.get("CML2_FILE_LIMIT", "0"))
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "ERROR"}}
