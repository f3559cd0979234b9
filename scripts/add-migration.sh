#!/usr/bin/env bash
# Adds an EF Core migration named $1 for both database providers, each in its own folder.
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/add-migration.sh MigrationName}
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --project src/Siberindo --context "${provider}SiberindoDb" \
    --output-dir "Storage/Migrations/$provider" --namespace "Siberindo.Storage.Migrations.$provider" >/dev/null
done
# dotnet ef writes the model snapshot under a folder named after the namespace; keep it beside its migrations.
if [ -d src/Siberindo/Siberindo ]; then
  for provider in Sqlite Postgres; do
    mv src/Siberindo/Siberindo/Storage/Migrations/$provider/*.cs "src/Siberindo/Storage/Migrations/$provider/" 2>/dev/null || true
  done
  rm -rf src/Siberindo/Siberindo
fi
rm -f src/Siberindo/design-time.db*
git status --short src/Siberindo/Storage/Migrations
