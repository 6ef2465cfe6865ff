"""Root URLs: the editors' admin and the analysts' dashboard."""

from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "Leader contacts"
admin.site.site_title = "Leader contacts"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("contacts.urls")),
]
