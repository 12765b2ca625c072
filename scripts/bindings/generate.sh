#!/usr/bin/env bash
# Generates the Go bindings for the helm and kubernetes Terraform providers into generated/.
#
#   scripts/bindings/generate.sh           regenerate generated/ (make bindings)
#   scripts/bindings/generate.sh --check   regenerate into a temp dir and fail if generated/
#                                          differs from it (make bindings-check)
#
# Inputs, all pinned in this directory:
#   package.json + package-lock.json  jsii-pacmak, @cdktf/provider-helm, @cdktf/provider-kubernetes
#                                     and their peers cdktf and constructs, exact versions
#   kubernetes-packages.txt           the kubernetes packages to keep (the whole set is ~200 MB)
#   generated-README.md               copied to generated/README.md
#   generated.gitattributes           copied to generated/.gitattributes
#
# Steps: `npm ci` into a tool cache outside generated/ (.tools/bindings, or
# $KEELSON_BINDINGS_TOOLS_DIR); fetch each provider's published npm tarball and check it against
# the integrity in package-lock.json; `jsii-pacmak --targets go --code-only` per provider, with that
# tarball as the jsii bundle each Go module embeds (so the bundle is the published artifact, not a
# repack that depends on the local npm and zlib); drop the go.mod files and rewrite the import
# paths from github.com/cdktf/cdktf-provider-<name>-go/<name>/vNN to <our module>/generated/<name>;
# keep only the listed kubernetes packages and what they import. The output depends only on the
# pinned inputs: no timestamps, no absolute paths.
#
# Needs: bash 4+, Node.js 20+ with npm, and coreutils/findutils/diff.
set -euo pipefail

usage() {
	sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'
}

check=false
case "${1:-}" in
"") ;;
--check) check=true ;;
-h | --help)
	usage
	exit 0
	;;
*)
	usage >&2
	echo "generate.sh: unknown argument '$1'" >&2
	exit 2
	;;
esac

die() {
	echo "generate.sh: $*" >&2
	exit 1
}
log() {
	echo "bindings: $*" >&2
}

export LC_ALL=C
umask 022

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
here="$root/scripts/bindings"
tools="${KEELSON_BINDINGS_TOOLS_DIR:-$root/.tools/bindings}"
generated="$root/generated"
packages_file="$here/kubernetes-packages.txt"

command -v node >/dev/null || die "node is not on PATH (Node.js 20+ is needed to run jsii-pacmak)"
command -v npm >/dev/null || die "npm is not on PATH"

module="$(awk '$1 == "module" { print $2; exit }' "$root/go.mod")"
[[ -n "$module" ]] || die "no module line in $root/go.mod"

node_major="$(node -p 'process.versions.node.split(".")[0]')"
# jsii tools print a large banner on end-of-life Node versions; it is noise here.
export JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION=1
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION="$node_major"
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false

work="$(mktemp -d "${TMPDIR:-/tmp}/keelson-bindings.XXXXXX")"
cleanup() { rm -rf "$work"; }
trap cleanup EXIT

# lock_field <package> <field>: a field of node_modules/<package> in package-lock.json.
lock_field() {
	node -e '
		const lock = require(process.argv[1]);
		const entry = lock.packages["node_modules/" + process.argv[2]];
		if (!entry || !entry[process.argv[3]]) {
			console.error("package-lock.json has no " + process.argv[3] + " for " + process.argv[2]);
			process.exit(1);
		}
		console.log(entry[process.argv[3]]);
	' "$here/package-lock.json" "$1" "$2"
}

# --- 1. tools: npm ci into the cache, skipped when the lock file and node are unchanged ---------
install_tools() {
	local stamp want
	stamp="$tools/.keelson-stamp"
	want="$(cat "$here/package.json" "$here/package-lock.json" | node -e '
		let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () =>
			console.log(require("crypto").createHash("sha256").update(s).digest("hex") + " node-" + process.version));
	')"
	if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" && -x "$tools/node_modules/.bin/jsii-pacmak" ]]; then
		log "tools up to date in ${tools#"$root"/}"
		return
	fi
	log "npm ci into ${tools#"$root"/} (pinned by scripts/bindings/package-lock.json)"
	mkdir -p "$tools"
	rm -f "$stamp"
	cp "$here/package.json" "$here/package-lock.json" "$tools/"
	(cd "$tools" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >"$work/npm-ci.log" 2>&1) ||
		{
			cat "$work/npm-ci.log" >&2
			die "npm ci failed in $tools"
		}
	echo "$want" >"$stamp"
}

# --- 2. the published tarball of a provider package, checked against package-lock.json ---------
# Prints its absolute path.
provider_tarball() {
	local pkg="$1" version integrity dir file
	version="$(lock_field "$pkg" version)"
	integrity="$(lock_field "$pkg" integrity)"
	dir="$tools/tarballs"
	mkdir -p "$dir"
	file="$dir/$(echo "${pkg#@}" | tr / -)-$version.tgz"
	if [[ ! -f "$file" ]] || ! verify_integrity "$file" "$integrity"; then
		rm -f "$file"
		(cd "$dir" && npm pack --silent --prefer-offline --loglevel=error "$pkg@$version" >"$work/npm-pack.log" 2>&1) ||
			{
				cat "$work/npm-pack.log" >&2
				die "npm pack $pkg@$version failed"
			}
		[[ -f "$file" ]] || die "npm pack $pkg@$version did not produce $file"
		verify_integrity "$file" "$integrity" ||
			die "$file does not match the integrity recorded in package-lock.json ($integrity)"
	fi
	echo "$file"
}

verify_integrity() {
	node -e '
		const [file, want] = process.argv.slice(1);
		const [algo, digest] = want.split(/-(.*)/s);
		const got = require("crypto").createHash(algo).update(require("fs").readFileSync(file)).digest("base64");
		process.exit(got === digest ? 0 : 1);
	' "$1" "$2"
}

# --- 3. jsii-pacmak -------------------------------------------------------------------------------
# pacmak <npm package> <out dir>: Go code for the package in <out dir>/go/<name>/.
pacmak() {
	local pkg="$1" out="$2" tarball
	tarball="$(provider_tarball "$pkg")"
	[[ "$tarball" != *"'"* ]] || die "tool cache path must not contain a single quote: $tarball"
	log "jsii-pacmak --targets go $pkg@$(lock_field "$pkg" version)"
	# --pack-command: pacmak runs it in a scratch dir and embeds the .tgz whose name it prints
	# last; we hand it the published tarball instead of letting it repack node_modules.
	(cd "$tools" && node_modules/.bin/jsii-pacmak "node_modules/$pkg" \
		--targets go --code-only --no-fingerprint --no-npmignore --no-parallel \
		--rosetta-unknown-snippets verbatim \
		--pack-command "cp '$tarball' . && echo '$(basename "$tarball")'" \
		--outdir "$out" >"$work/pacmak.log" 2>&1) ||
		{
			cat "$work/pacmak.log" >&2
			die "jsii-pacmak failed for $pkg"
		}
}

# gomod_path <dir>: the module path in <dir>/go.mod.
gomod_path() {
	awk '$1 == "module" { print $2; exit }' "$1/go.mod"
}

# rewrite_imports <dir> <from module> <to import path>: in every .go file under <dir>.
rewrite_imports() {
	local dir="$1" from="$2" to="$3" left
	# Module paths contain dots only as separators here; escape them for sed.
	local from_re="${from//./\\.}"
	find "$dir" -type f -name '*.go' -print0 | xargs -0 sed -i -E "s#${from_re}([/\"])#${to}\\1#g"
	left="$(grep -rl --include='*.go' -F "$from" "$dir" | head -n 5 || true)"
	[[ -z "$left" ]] || die "import path $from still present after rewrite in: $left"
}

# --- kubernetes package selection -----------------------------------------------------------------
read_package_list() {
	local line name
	while IFS= read -r line || [[ -n "$line" ]]; do
		name="${line%%#*}"
		name="${name//[[:space:]]/}"
		[[ -z "$name" ]] && continue
		[[ "$name" =~ ^[a-z0-9]+$ ]] || die "kubernetes-packages.txt: '$name' is not a package name (lowercase letters and digits only)"
		echo "$name"
	done <"$packages_file"
}

# select_kubernetes <pacmak output dir> <module path>: prints the packages to keep, sorted:
# the listed ones plus, transitively, every package of this module they import.
select_kubernetes() {
	local src="$1" mod="$2" name dep list missing=()
	local -A keep=()
	local -a queue=()
	list="$(read_package_list)"
	mapfile -t queue <<<"$list"
	[[ -n "$list" ]] || queue=()
	[[ ${#queue[@]} -gt 0 ]] || die "kubernetes-packages.txt lists no packages"
	queue+=(jsii)
	for name in "${queue[@]}"; do
		[[ -d "$src/$name" ]] || missing+=("$name")
	done
	if [[ ${#missing[@]} -gt 0 ]]; then
		echo "generate.sh: kubernetes-packages.txt names packages that @cdktf/provider-kubernetes does not have: ${missing[*]}" >&2
		echo "available packages:" >&2
		find "$src" -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort | xargs echo " " >&2
		exit 1
	fi
	while [[ ${#queue[@]} -gt 0 ]]; do
		name="${queue[0]}"
		queue=("${queue[@]:1}")
		[[ -n "${keep[$name]:-}" ]] && continue
		keep[$name]=1
		while IFS= read -r dep; do
			[[ -n "$dep" && -z "${keep[$dep]:-}" ]] && queue+=("$dep")
		done < <(grep -rhoE --include='*.go' "\"${mod//./\\.}/[a-z0-9]+" "$src/$name" |
			sed -E 's#.*/##' | sort -u)
	done
	printf '%s\n' "${!keep[@]}" | sort
}

# --- 4. assemble the tree that generated/ must equal -------------------------------------------
build() {
	local out="$1" src mod name selected
	mkdir -p "$out"

	# helm: every package (about 1 MB).
	pacmak @cdktf/provider-helm "$work/pacmak-helm"
	src="$work/pacmak-helm/go/helm"
	mod="$(gomod_path "$src")"
	cp -R "$src" "$out/helm"
	rm -f "$out/helm/go.mod" "$out/helm/go.sum"
	rewrite_imports "$out/helm" "$mod" "$module/generated/helm"

	# kubernetes: the listed packages and what they import, plus the module's top-level files.
	pacmak @cdktf/provider-kubernetes "$work/pacmak-kubernetes"
	src="$work/pacmak-kubernetes/go/kubernetes"
	mod="$(gomod_path "$src")"
	mkdir -p "$out/kubernetes"
	find "$src" -mindepth 1 -maxdepth 1 -type f ! -name go.mod ! -name go.sum -exec cp {} "$out/kubernetes/" \;
	selected="$(select_kubernetes "$src" "$mod")"
	log "kubernetes packages kept: $(echo "$selected" | xargs)"
	while IFS= read -r name; do
		cp -R "$src/$name" "$out/kubernetes/$name"
	done <<<"$selected"
	rewrite_imports "$out/kubernetes" "$mod" "$module/generated/kubernetes"
	rm -rf "$work/pacmak-helm" "$work/pacmak-kubernetes"

	if find "$out" -name go.mod | grep -q .; then
		die "a go.mod survived in the output: $(find "$out" -name go.mod | head -n 3)"
	fi
	cp "$here/generated-README.md" "$out/README.md"
	cp "$here/generated.gitattributes" "$out/.gitattributes"
}

install_tools
fresh="$work/generated"
build "$fresh"

if $check; then
	if [[ ! -d "$generated" ]]; then
		die "generated/ does not exist; run 'make bindings'"
	fi
	if diff -rq "$generated" "$fresh" >"$work/diff.txt" 2>&1; then
		log "generated/ matches a fresh generation ($(find "$fresh" -type f | wc -l) files)"
		exit 0
	fi
	sed -e "s#$fresh#<fresh>#g; s#$generated#generated#g" "$work/diff.txt" >"$work/summary.txt"
	changed="$(grep -c '^Files ' "$work/summary.txt" || true)"
	only_committed="$(grep -c '^Only in generated' "$work/summary.txt" || true)"
	only_fresh="$(grep -c '^Only in <fresh>' "$work/summary.txt" || true)"
	{
		echo "generate.sh --check: generated/ differs from what scripts/bindings/generate.sh produces:"
		echo "  $changed file(s) differ, $only_committed only in generated/ (stale or hand-added), $only_fresh missing from generated/"
		sed -n '1,40p' "$work/summary.txt" | sed 's/^/  /'
		if [[ "$(wc -l <"$work/summary.txt")" -gt 40 ]]; then
			echo "  ... and $(($(wc -l <"$work/summary.txt") - 40)) more"
		fi
		echo "generated/ is never edited by hand: run 'make bindings' and commit the result."
	} >&2
	exit 1
fi

# Replace the generated parts of generated/ (nothing else lives there).
mkdir -p "$generated"
for entry in helm kubernetes README.md .gitattributes; do
	rm -rf "${generated:?}/$entry"
	mv "$fresh/$entry" "$generated/$entry"
done
stray="$(find "$generated" -mindepth 1 -maxdepth 1 ! -name helm ! -name kubernetes ! -name README.md ! -name .gitattributes)"
[[ -z "$stray" ]] || log "warning: generated/ holds entries this script does not produce (make bindings-check will fail): $stray"
log "wrote generated/ ($(du -sh "$generated" | cut -f1), $(find "$generated" -type f | wc -l) files)"
