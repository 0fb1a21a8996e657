"""CLI commands about this workspace's identity and the peers it trusts (``keys init/export/
trust/list/revoke``): the keys that sign and seal packs and bundles. JSON keys: CLI.md."""

from __future__ import annotations

import json
from fieldvisit.cli.io import _emit, out_path, read_json_input
from fieldvisit.services.errors import UserError

#: A public identity file holds no secret: others may read it (as before, with the usual umask).
PUBLIC_FILE = 0o644


def cmd_keys_init(app, args) -> None:
    from fieldvisit.adapters import crypto
    from fieldvisit.services.identities import init_identity

    data = init_identity(app.uow(), crypto, role=args.role, name=args.name)
    _emit(args, data, f"{data['name']} ({data['role']}) — fingerprint {data['fingerprint']}")


def cmd_keys_export(app, args) -> None:
    from fieldvisit.adapters import crypto
    from fieldvisit.services.identities import identity_file_text

    out = out_path(args.out)
    text, doc = identity_file_text(app.uow(), crypto)
    from fieldvisit.adapters.files.safe_write import write_bytes_atomic

    write_bytes_atomic(out, text.encode("utf-8"), PUBLIC_FILE)
    _emit(args, {"out": str(out), "fingerprint": doc["fingerprint"], "name": doc["name"], "role": doc["role"]},
          f"Public identity of {doc['name']} written to {out}; compare the fingerprint {doc['fingerprint']} "
          "with the other side by phone or in person.")


def cmd_keys_trust(app, args) -> None:
    from fieldvisit.adapters import crypto
    from fieldvisit.services.identities import trust

    try:
        doc = read_json_input(args.file, "identity file")
    except json.JSONDecodeError:
        raise UserError(f"{args.file} is not a FieldVisit identity file.") from None
    data = trust(app.uow(), crypto, doc)
    _emit(args, data, f"{'Trusted' if data['new'] else 'Already trusted'}: {data['name']} ({data['role']}), "
                      f"fingerprint {data['fingerprint']}")


def cmd_keys_list(app, args) -> None:
    from fieldvisit.services.identities import list_peers

    data = list_peers(app.uow())
    me = data["identity"]
    lines = [f"This workspace: {me['name']} ({me['role']}) {me['fingerprint']}" if me else "No identity yet."]
    lines += [f"  trusts {p['name']} ({p['role']}) {p['fingerprint']}" for p in data["trusted"]]
    _emit(args, data, "\n".join(lines))


def cmd_keys_revoke(app, args) -> None:
    from fieldvisit.services.identities import revoke

    r = revoke(app.uow(), args.fingerprint)
    _emit(args, r, f"Revoked {r['name']} ({r['role']}) {r['fingerprint']}: its files are refused from now on.")


KEY_COMMANDS = {
    ("keys", "init"): cmd_keys_init,
    ("keys", "export"): cmd_keys_export,
    ("keys", "trust"): cmd_keys_trust,
    ("keys", "list"): cmd_keys_list,
    ("keys", "revoke"): cmd_keys_revoke,
}
