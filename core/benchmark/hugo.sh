#!/usr/bin/env bash
# Hugo yardstick for the build benchmark: for each size (default 10 500 5000 20000), generates the same programme as
# build.sh (ValidationBenchmark.generate, written out by GenerateProgramme), converts each JBake session file
# (header `key=value` up to `~~~~~~`, then Markdown) to a Hugo content file (TOML front matter, the body unchanged) in
# a minimal Hugo site (a session page, paginated lists of 30, theme pages), then times the whole `hugo` command, a
# fresh process, as users run it. Prints, per run: sessions, HTML pages Hugo wrote (and all its files), wall time,
# user + sys CPU, peak RSS, the load average before the run and the CPU other processes took during it.
# Usage, from anywhere: core/benchmark/hugo.sh [N...]      (see docs/performance.md, "A programme that grows for years")
# REPEAT=3 runs each size three times, each on its own fresh site; TMPDIR=/dev/shm puts the sites in memory.
# Needs Hugo on the PATH (Debian: apt-get install hugo).
set -euo pipefail
plugin="$(cd "$(dirname "$0")/.." && pwd)"
cd "$plugin"
command -v hugo >/dev/null || { echo "hugo est introuvable : apt-get install hugo" >&2; exit 1; }
mvn -q -B -o test-compile || mvn -q -B test-compile
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10 500 5000 20000)
repeat="${REPEAT:-1}"
echo "$(hugo version)"
# Every generated site is kept until all sizes have run and deleted once, at the end: on this machine's file system
# (ext4 without a journal), files created within minutes of thousands of deletions cost much more kernel time
# (docs/performance.md, "The file system matters on this machine"). mktemp honours TMPDIR.
workdir="$(mktemp -d -t hugo-benchmark-XXXXXX)"
trap 'rm -rf "$workdir"' EXIT
# Hugo's file cache in the temporary folder, not in the user's ~/.cache (this site uses none of it).
export HUGO_CACHEDIR="$workdir/hugo-cache"

# JBake session file -> Hugo content file: title, date (with the start hour), tags in the front matter, and the other
# keys the session page shows (start, end, note, eventStatus, uid); `type` and `status` are left out (`type` chooses a
# layout in Hugo). The body, everything after the `~~~~~~` line, is copied unchanged.
convert_sessions() { # <jbake content/webinaires> <hugo content/webinaires>
  (cd "$1" && find . -maxdepth 1 -name '*.md' -print0 | xargs -0 awk -v out="$2" '
    function toml(s) { gsub(/\\/, "\\\\", s); gsub(/"/, "\\\"", s); return "\"" s "\"" }
    FNR == 1 { if (file != "") close(file); file = out "/" substr(FILENAME, 3); header = 1; delete key }
    header && $0 == "~~~~~~" {
      header = 0
      printf "+++\ntitle = %s\ndate = %s\n", toml(key["title"]), toml(key["date"] "T" (("start" in key) ? key["start"] : "00:00") ":00") > file
      n = split(key["tags"], tags, /, */); line = "tags = ["
      for (i = 1; i <= n; i++) line = line (i > 1 ? ", " : "") toml(tags[i])
      print line "]" > file
      split("start end note eventStatus uid", others, " ")
      for (i = 1; i <= 5; i++) if (others[i] in key) printf "%s = %s\n", others[i], toml(key[others[i]]) > file
      print "+++" > file
      next
    }
    header { eq = index($0, "="); if (eq > 0) key[substr($0, 1, eq - 1)] = substr($0, eq + 1); next }
    { print > file }')
}

# A minimal Hugo site: the home page (the first 30 sessions), the list of sessions and each theme's page, paginated
# by 30 as the site's listings are, and a page per session with its date, hours, themes, note, body and neighbours.
write_site() { # <site folder>
  local site="$1"
  mkdir -p "$site/content/webinaires" "$site/layouts/_default" "$site/layouts/partials"
  cat >"$site/hugo.toml" <<'EOF'
baseURL = "https://example.org/webinaires/"
languageCode = "fr"
defaultContentLanguage = "fr"
title = "Webinaires de la DAECT"
timeZone = "Europe/Paris"
# The generated sessions run from 2021 to the 2070s: Hugo leaves out pages dated in the future unless told.
buildFuture = true
paginate = 30
[taxonomies]
  tag = "tags"
# As the site's Atom feed: the latest 50 entries (Hugo's RSS feeds list every page by default).
[services.rss]
  limit = 50
EOF
  printf '+++\ntitle = "Accueil"\n+++\n' >"$site/content/_index.md"
  printf '+++\ntitle = "Tous les webinaires"\n+++\n' >"$site/content/webinaires/_index.md"
  cat >"$site/layouts/_default/baseof.html" <<'EOF'
<!DOCTYPE html>
<html lang="{{ site.LanguageCode }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if not .IsHome }}{{ .Title }} – {{ end }}{{ site.Title }}</title>
<link rel="canonical" href="{{ .Permalink }}">
</head>
<body>
<header>
<p><a href="{{ "" | relURL }}">{{ site.Title }}</a></p>
<nav aria-label="Menu principal"><ul>
<li><a href="{{ "webinaires/" | relURL }}">Tous les webinaires</a></li>
<li><a href="{{ "tags/" | relURL }}">Thèmes</a></li>
</ul></nav>
</header>
<main id="contenu">
{{ block "main" . }}{{ end }}
</main>
<footer><p>Ministère de l’Europe et des Affaires étrangères – Délégation pour l’action extérieure des collectivités territoriales</p></footer>
</body>
</html>
EOF
  cat >"$site/layouts/_default/single.html" <<'EOF'
{{ define "main" }}
<article>
<h1>{{ .Title }}</h1>
{{ with .Params.eventStatus }}<p><strong>Webinaire annulé</strong></p>{{ end }}
<p><time datetime="{{ .Date.Format "2006-01-02T15:04" }}">{{ .Date | time.Format ":date_full" }}</time>{{ with .Params.start }}, de {{ . }}{{ end }}{{ with .Params.end }} à {{ . }}{{ end }}</p>
{{ with .GetTerms "tags" }}<ul class="themes">{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>{{ end }}
{{ with .Params.note }}<p class="note">{{ . }}</p>{{ end }}
{{ .Content }}
<nav aria-label="Webinaires voisins">
{{ with .PrevInSection }}<a rel="prev" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
{{ with .NextInSection }}<a rel="next" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
</nav>
</article>
{{ end }}
EOF
  cat >"$site/layouts/_default/list.html" <<'EOF'
{{ define "main" }}
<h1>{{ .Title }}</h1>
{{ if .IsHome }}
<ul>{{ range first 30 site.RegularPages.ByDate }}{{ partial "card.html" . }}{{ end }}</ul>
<p><a href="{{ "webinaires/" | relURL }}">Tous les webinaires</a></p>
{{ else }}
{{ $pager := .Paginate .Pages.ByDate }}
<ul>{{ range $pager.Pages }}{{ partial "card.html" . }}{{ end }}</ul>
{{ template "_internal/pagination.html" . }}
{{ end }}
{{ end }}
EOF
  cat >"$site/layouts/partials/card.html" <<'EOF'
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date | time.Format ":date_medium" }}</time>{{ with .GetTerms "tags" }} – {{ range . }}<span class="theme">{{ .LinkTitle }}</span> {{ end }}{{ end }}</li>
EOF
}

# Every site is made before the first measure, so that no run shares the machine with the generation.
for n in "${sizes[@]}"; do
  java -cp target/test-classes:target/classes fr.gouv.diplomatie.daect.programme.benchmark.GenerateProgramme "$workdir/jbake-$n" "$n"
  for run in $(seq "$repeat"); do
    site="$workdir/hugo-$n-$run"
    write_site "$site"
    convert_sessions "$workdir/jbake-$n/content/webinaires" "$site/content/webinaires"
  done
done
sync

times="$workdir/time.txt"
# The CPU time the whole machine spent (every process), from /proc/stat: what other processes took during a run is
# this less Hugo's own, printed so that a run that shared the machine shows it.
ticks="$(getconf CLK_TCK)"
machine_cpu() { awk '/^cpu / { printf "%d\n", $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }
for n in "${sizes[@]}"; do
  for run in $(seq "$repeat"); do
    site="$workdir/hugo-$n-$run"
    load="$(cut -d' ' -f1 /proc/loadavg)"
    before="$(machine_cpu)"
    # The whole command in a fresh process, on a site never built (no public/ yet).
    if [ -x /usr/bin/time ]; then
      (cd "$site" && /usr/bin/time -o "$times" -f '%e %U %S %M' hugo --quiet --minify=false -d public)
    else
      (cd "$site" && TIMEFORMAT='%R %U %S -' && { time hugo --quiet --minify=false -d public 2>&3; } 3>&2 2>"$times")
    fi
    after="$(machine_cpu)"
    read -r wall user sys rss <"$times"
    # HTML pages, without the redirects Hugo writes from each list's …/page/1/ to the list itself.
    pages="$(find "$site/public" -name '*.html' ! -path '*/page/1/index.html' | wc -l)"
    files="$(find "$site/public" -type f | wc -l)"
    sessions="$(find "$site/content/webinaires" -name '*.md' ! -name _index.md | wc -l)"
    [ "$sessions" -eq "$n" ] || { echo "$sessions séances converties au lieu de $n" >&2; exit 1; }
    [ -f "$site/public/webinaires/session-$(printf '%05d' $((n - 1)))/index.html" ] \
      || { echo "Hugo n'a pas écrit la page de la dernière séance ($site)" >&2; exit 1; }
    awk -v n="$n" -v pages="$pages" -v files="$files" -v wall="$wall" -v user="$user" -v sys="$sys" -v rss="$rss" \
        -v load="$load" -v others="$(( after - before ))" -v ticks="$ticks" 'BEGIN {
      others = others / ticks - user - sys
      printf "%6d séances | %6d pages HTML (%6d fichiers) | temps réel %6.2f s | CPU %6.2f s (user %.2f + sys %.2f) | RSS max %s Mio" \
        " | charge avant %s, CPU des autres processus pendant %.2f s\n",
        n, pages, files, wall, user + sys, user, sys, rss == "-" ? "?" : int(rss / 1024), load, others < 0 ? 0 : others }'
  done
done
