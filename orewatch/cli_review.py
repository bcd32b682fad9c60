"""`orewatch review`: serve the editors' review page; `adduser` and `export-gold`."""

from __future__ import annotations

import sys

import click

from orewatch.cli_store import cli_store, store_options

DEFAULT_USERS = "data/editors.txt"


def _fail(message: str, code: int = 1) -> None:
    click.echo(f"orewatch: {message}", err=True)
    sys.exit(code)


@click.group(name="review", invoke_without_command=True)
@store_options
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Anything but loopback needs --users.")
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True,
              help="Port to listen on (0: any free port; the address is printed).")
@click.option("--users", "users_file", type=click.Path(dir_okay=False),
              help="Editor accounts (NAME:argon2-hash lines, see `orewatch review adduser`): editors sign "
                   "in and decisions carry their login. Required to listen on anything but loopback.")
@click.pass_context
def review(ctx: click.Context, db: str | None, data_path: str | None, host: str, port: int,
           users_file: str | None) -> None:
    """Serve the editors' review page (until Ctrl-C), or run a subcommand.

    The page lists the events waiting for a decision (never decided, or changed by a
    re-extraction since), newest article first, with the sentence in its paragraph and
    every extraction highlighted. Keys: a approve, r reject, e edit, j/k next/previous,
    u undo, ? help. Every decision is appended to `reviews` with the editor, the time
    and the values before and after. Without --users the editor's name is asked once and
    kept in a cookie. The page holds the database only for a few milliseconds per
    request, so it stays usable while an ingest writes.
    """
    if ctx.invoked_subcommand:
        return
    from orewatch.review.accounts import UsersFileError, load_accounts
    from orewatch.review.app import ReviewSettings
    from orewatch.review.server import bind, is_loopback, serve
    from orewatch.storage.errors import StorageError

    if not users_file and not is_loopback(host):
        _fail(f"refusing to listen on {host} without editor accounts: pass --users FILE "
              "(create it with `orewatch review adduser NAME --users FILE`)", 2)
    path = cli_store(db, data_path)
    if not path.is_lake and not path.path.exists():
        _fail(f"no database at {path}: run `orewatch ingest` first")
    try:
        accounts = load_accounts(users_file) if users_file else None
    except UsersFileError as exc:
        _fail(str(exc))
    try:
        sock = bind(host, port)
    except OSError as exc:
        _fail(f"cannot listen on {host}:{port}: {exc.strerror or exc}")
    shown_host = f"[{host}]" if ":" in host else host
    click.echo(f"orewatch: review page at http://{shown_host}:{sock.getsockname()[1]}/ "
               f"(database {path}{', accounts from ' + users_file if users_file else ''}; Ctrl-C stops)", err=True)
    try:
        serve(ReviewSettings(db_path=path, accounts=accounts), sock)
    except StorageError as exc:
        _fail(str(exc))


@review.command()
@click.argument("name")
@click.option("--users", "users_file", default=DEFAULT_USERS, show_default=True, type=click.Path(dir_okay=False),
              help="The accounts file to add NAME to (created with mode 0600 if missing).")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input instead of asking twice.")
def adduser(name: str, users_file: str, password_stdin: bool) -> None:
    """Add editor NAME to the accounts file, or set a new password for NAME.

    Only an Argon2id hash of the password is stored. Pass the file to `orewatch review
    --users FILE`.
    """
    from orewatch.review.accounts import check_name, set_password

    try:
        check_name(name)
    except ValueError as exc:
        _fail(str(exc), 2)
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt(f"Password for {name}", hide_input=True, confirmation_prompt=True)
    try:
        added = set_password(users_file, name, password)
    except (OSError, ValueError) as exc:
        _fail(f"{users_file}: {exc}")
    click.echo(f"orewatch: {'added' if added else 'changed the password of'} {name} in {users_file}", err=True)


@review.command(name="export-gold")
@click.argument("file", type=click.Path(dir_okay=False))
@store_options
def export_gold_command(file: str, db: str | None, data_path: str | None) -> None:
    """Write the editors' decisions to FILE as a gold file for `orewatch eval`.

    Events only (the file says so, and eval scores nothing else): approved and corrected
    events are required, events not decided yet are optional, rejected events are left
    out, for every article with at least one decided event.
    """
    from orewatch.review.gold_export import export_gold
    from orewatch.storage.errors import StorageError

    try:
        counts = export_gold(cli_store(db, data_path), file)
    except StorageError as exc:
        _fail(str(exc))
    except OSError as exc:
        _fail(f"{file}: {exc.strerror or exc}")
    click.echo(f"orewatch: wrote {file}: {counts['articles']} articles, {counts['required']} decided events, "
               f"{counts['optional']} undecided (optional)", err=True)
