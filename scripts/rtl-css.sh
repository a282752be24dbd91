#!/usr/bin/env bash
# Regenerates the right-to-left (Arabic) edition of GOV.UK Frontend's stylesheet, which GOV.UK
# Frontend does not ship: rtlcss mirrors every physical property (float, margins, paddings,
# borders, left/right offsets, text-align, arrows' rotation). Run it after changing the
# govuk-frontend version in web/pom.xml; BuildInfoTest fails until the file for the new version exists.
# Needs Node.js and the npm registry (rtlcss is pinned).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
version=$(sed -n 's:.*<version.govuk-frontend>\(.*\)</version.govuk-frontend>.*:\1:p' pom.xml | head -1)
jar="${MAVEN_REPO:-$HOME/.m2/repository}/org/webjars/npm/govuk-frontend/$version/govuk-frontend-$version.jar"
[ -f "$jar" ] || ./mvnw -q dependency:get -Dartifact="org.webjars.npm:govuk-frontend:$version"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unzip -q -o "$jar" "META-INF/resources/webjars/govuk-frontend/$version/dist/govuk/govuk-frontend.min.css" -d "$work"
out="web/src/main/webapp/assets/css/govuk-frontend-$version.rtl.min.css"
npx -y rtlcss@4.3.0 --silent "$work/META-INF/resources/webjars/govuk-frontend/$version/dist/govuk/govuk-frontend.min.css" "$out"
echo "Wrote $out"
