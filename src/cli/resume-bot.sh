#!/bin/sh
# resume-bot: the CLI. Starts node from the CLI's start-up snapshot when there is one for this
# node (see src/app/snapshot.ts), else from launch.cjs. A shell script because node reads a
# snapshot only when started with --snapshot-blob, and Node 20 cannot start itself again: a second
# node would cost what the snapshot saves.

# npm links this file into node_modules/.bin: the package is where the link leads.
self=$0
while [ -L "$self" ]; do
  link=$(readlink "$self")
  case $link in
    /*) self=$link ;;
    *) self=${self%/*}/$link ;;
  esac
done
case $self in
  */*) here=${self%/*} ;;
  *) here=. ;;
esac

# node on PATH, as `command -v node` finds it, without the subshell that costs a start a fork.
set -f
saved_ifs=$IFS
IFS=:
node=
for dir in $PATH; do
  if [ -f "${dir:-.}/node" ] && [ -x "${dir:-.}/node" ]; then
    node=${dir:-.}/node
    break
  fi
done
IFS=$saved_ifs
set +f
if [ -z "$node" ]; then
  echo 'resume-bot: node not found on PATH' >&2
  exit 127
fi

# The start-up cache's folder, as src/app/cache-dir.ts finds it.
if [ "${RESUME_BOT_CACHE_DIR+set}" = set ]; then
  case $RESUME_BOT_CACHE_DIR in
    '' | off) cache= ;;
    *) cache=$RESUME_BOT_CACHE_DIR ;;
  esac
elif [ -d "$here/../../../node_modules" ]; then
  cache=$here/../../../node_modules/.cache/resume-bot
else
  cache=
fi

# The V8 flags a snapshot is built and started with (the build writes them here: cli/launch-names.ts).
flags='@SNAPSHOT_FLAGS@'

# A user's NODE_OPTIONS may change V8's flags, which a snapshot must have been built with: none then.
if [ -n "$cache" ] && [ -z "$NODE_OPTIONS" ]; then
  # Which of the few snapshots kept (src/app/snapshot-slots.ts): the one listed for this folder, résumé and language.
  RESUME_BOT_SNAPSHOT_KEY="$PWD|${RESUME_FILE-}|${ALIASES_FILE-}|${LOCALE-}"
  export RESUME_BOT_SNAPSHOT_KEY
  blob=
  if [ -O "$cache/snapshots" ]; then
    while IFS= read -r line; do
      if [ "${line#* }" = "$RESUME_BOT_SNAPSHOT_KEY" ]; then
        case ${line%% *} in
          [0-9]) blob=$cache/snapshot-${line%% *}.blob ;;
        esac
        break
      fi
    done <"$cache/snapshots"
  fi
  built=
  [ -n "$blob" ] && [ -O "$blob.node" ] && read -r built <"$blob.node"
  # Ours, for this node and these flags, and newer than it (a node upgraded in place refuses an older build's).
  if [ -n "$built" ] && [ "$built" = "$node $flags" ] && [ -O "$blob" ] && [ "$blob" -nt "$node" ]; then
    # The snapshot's main removes this file first thing: while it is there, nothing has run. A crash, abort or
    # refusal before it (a snapshot node cannot read) starts without the snapshot; a crash after it is the
    # answer's own (V8 out of memory, say): its status stands, the snapshot stays and nothing is asked twice.
    pending=$blob.$$.pending
    if true 2>/dev/null >"$pending"; then
      # glibc puts its large blocks on huge pages where the kernel gives them on request (transparent huge pages,
      # "madvise"): node reads the whole snapshot into one, and V8 copies its part into another, thousands of page
      # faults otherwise. A user's own GLIBC_TUNABLES come after, and win.
      # shellcheck disable=SC2086 # the flags are words
      GLIBC_TUNABLES=glibc.malloc.hugetlb=1${GLIBC_TUNABLES:+:$GLIBC_TUNABLES} RESUME_BOT_SNAPSHOT_PENDING=$pending \
        "$node" $flags --snapshot-blob "$blob" -- "$@"
      status=$?
      [ -e "$pending" ] || exit $status
      case $status in
        # Interrupted before it started: no answer wanted.
        0 | 130 | 143) rm -f "$pending" && exit $status ;;
      esac
      rm -f "$pending" "$blob" "$blob.node" "$blob.wanted"
    fi
  fi
fi
exec "$node" "$here/launch.cjs" "$@"
