# Sourced by CI scripts: start_throwaway_mariadb PORT starts Debian's MariaDB on 127.0.0.1:PORT in a temporary
# folder with database `guildhall` and user guildhall/guildhall, and stops it and removes the folder on exit.
# Sets DB_DIR and DB_SOCKET. (The same steps as .ci/run's, which may source this file too.)

start_throwaway_mariadb() {
  local port=$1
  export PATH="$PATH:/usr/sbin"
  DB_DIR=$(mktemp -d /tmp/guildhall-ci-db.XXXXXX)
  DB_SOCKET="$DB_DIR/mariadb.sock"
  mariadb-install-db --no-defaults --user="$(id -un)" --datadir="$DB_DIR/data" \
    --auth-root-authentication-method=normal >/dev/null
  mariadbd --no-defaults --user="$(id -un)" --datadir="$DB_DIR/data" --socket="$DB_SOCKET" \
    --port="$port" --bind-address=127.0.0.1 --pid-file="$DB_DIR/mariadbd.pid" \
    --skip-name-resolve >"$DB_DIR/mariadbd.log" 2>&1 &
  for _ in $(seq 1 60); do
    mariadb-admin --no-defaults --socket="$DB_SOCKET" -uroot ping >/dev/null 2>&1 && break
    sleep 0.5
  done
  mariadb --no-defaults --socket="$DB_SOCKET" -uroot <<'SQL'
CREATE DATABASE guildhall CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER 'guildhall'@'127.0.0.1' IDENTIFIED BY 'guildhall';
CREATE USER 'guildhall'@'localhost' IDENTIFIED BY 'guildhall';
GRANT ALL PRIVILEGES ON guildhall.* TO 'guildhall'@'127.0.0.1';
GRANT ALL PRIVILEGES ON guildhall.* TO 'guildhall'@'localhost';
SQL
}

stop_throwaway_mariadb() {
  if [[ -n "${DB_DIR:-}" && -f "$DB_DIR/mariadbd.pid" ]]; then kill "$(cat "$DB_DIR/mariadbd.pid")" 2>/dev/null || true; fi
  sleep 1
  # An if, not [[ ]] &&: as the last command of an EXIT trap, a false test would become the script's exit status.
  if [[ -n "${DB_DIR:-}" ]]; then rm -rf "$DB_DIR"; fi
}
