"""The analysts' pages."""
from django.urls import path

from contacts import export_views, views

app_name = "contacts"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("people/<slug:slug>/", views.person, name="person"),
    path("pairs/<slug:a>/<slug:b>/", views.pair, name="pair"),
    path("contacts/<int:pk>/", views.contact, name="contact"),
]

# Exports (issue 4): routes kept with their views in contacts/export_views.py.
urlpatterns += export_views.urlpatterns
