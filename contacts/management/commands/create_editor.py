"""Create, once, an editor account with a random password, and print the password."""

import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create the 'editor' account (Editors group, staff) once, with a random password."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--username", default="editor")

    def handle(self, *args, **options) -> None:
        User = get_user_model()
        username = options["username"]
        if User.objects.filter(username=username).exists():
            self.stdout.write(
                f"Editor account '{username}' exists; reset its password with "
                f"`manage.py changepassword {username}`."
            )
            return
        password = secrets.token_urlsafe(12)
        user = User.objects.create_user(username=username, password=password, is_staff=True)
        user.groups.add(Group.objects.get(name="Editors"))
        self.stdout.write(
            f"Created editor account '{username}' with password: {password}\n"
            "It is shown once: note it now."
        )
