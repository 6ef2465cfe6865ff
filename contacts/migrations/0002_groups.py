"""Editors may add and change the newsroom's records; Analysts may only view them."""
from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITED = ("article", "contact", "participation", "source", "person", "alias", "office")
VIEWED = (*EDITED, "country")


def create_groups(apps, schema_editor):
    # Permissions are normally created after all migrations; the groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    perms = Permission.objects.filter(content_type__app_label="contacts")
    editors, _ = Group.objects.get_or_create(name="Editors")
    editors.permissions.add(
        *perms.filter(
            codename__in=[f"{a}_{m}" for m in EDITED for a in ("add", "change", "view")]
            + [f"delete_{m}" for m in ("participation", "source", "alias")]
            + ["view_country"]
        )
    )
    analysts, _ = Group.objects.get_or_create(name="Analysts")
    analysts.permissions.add(*perms.filter(codename__in=[f"view_{m}" for m in VIEWED]))


def delete_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=("Editors", "Analysts")).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("contacts", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, delete_groups)]
