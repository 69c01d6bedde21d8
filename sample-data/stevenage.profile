# A partnership profile for cspstat: the options one partnership uses on every run.
# Keys are cspstat's long options without the dashes; the command line overrides any of them.
# Relative paths are taken from this file's folder. Run from the repository root:
#
#   java -jar cli/target/cspstat.jar report --profile sample-data/stevenage.profile
#
# Data: police.uk street-level crime for the Stevenage CSP area, January 2021 to January 2022
# (Open Government Licence v3.0). The extract holds thirteen months, so the pack compares
# January 2022 with January 2021 (a year to date of April 2021 to January 2022 has no year before it).

title = Stevenage Community Safety Partnership (SoSafe)
data = stevenage-2021-01-to-2022-01
area-prefix = Stevenage
period = 2022-01
# Ward boundaries (ONS, May 2025 wards of Stevenage; Open Government Licence v3.0): their union is
# the study area of the hot-spot grid, and the map draws each ward with its name.
boundary = stevenage-boundaries/ward.geojson
map-areas = stevenage-boundaries/ward.geojson
