"""The analysts' pages."""
from django.urls import path

app_name = "contacts"
urlpatterns: list = []
