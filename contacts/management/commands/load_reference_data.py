"""Load fixtures/ (countries, people, aliases, offices), adding only what is missing."""

from pathlib import Path

from django.conf import settings
from django.core import serializers
from django.core.management.base import BaseCommand
from django.db import transaction

FIXTURES = ("countries.json", "people.json", "officials.json")


class Command(BaseCommand):
    help = "Load the reference fixtures; rows already present (by natural key) are left as edited."

    def handle(self, *args, **options) -> None:
        added = kept = 0
        with transaction.atomic():
            for name in FIXTURES:
                path = Path(settings.BASE_DIR) / "fixtures" / name
                if not path.exists():
                    continue
                with path.open(encoding="utf-8") as f:
                    for obj in serializers.deserialize("json", f, handle_forward_references=True):
                        model = type(obj.object)
                        # Natural keys resolve to an existing row's pk; editors' edits win.
                        if (
                            obj.object.pk is not None
                            and model.objects.filter(pk=obj.object.pk).exists()
                        ):
                            kept += 1
                            continue
                        obj.object.save()  # runs save(): fills the folded search keys
                        added += 1
        if options["verbosity"]:
            self.stdout.write(f"Reference data: {added} added, {kept} already present.")
