# bash completion for slagkracht: commands, each command's options and
# their values, files, and the ids of the dataset on the line (`show`) or
# its taakstellingen (`allocate`), read with `slagkracht show --ids`.
#
# SPDX-License-Identifier: LGPL-2.1-or-later

_slagkracht_ids () { # FILE-or-empty KIND-or-empty
  local file=$1 kind=$2
  "${COMP_WORDS[0]}" show --ids ${file:+"$file"} 2> /dev/null |
    while read -r id what; do
      [ -z "$kind" ] || [ "$what" = "$kind" ] && printf '%s\n' "$id"
    done
}

_slagkracht () {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
  local command=${COMP_WORDS[1]} options file="" i
  COMPREPLY=()

  if [ "$COMP_CWORD" -eq 1 ]; then
    mapfile -t COMPREPLY < <(compgen -W "validate show monitor allocate diff --help --version" -- "$cur")
    return
  fi
  case "$command" in
    validate) options="--format --help" ;;
    show) options="--format --ids --help" ;;
    monitor) options="--year --period --scope --base-year --format --help" ;;
    allocate) options="--by --base-year --scope --weight --exempt --dubbele-slot
                       --allow-partial --write --output --format --help" ;;
    diff) options="--year --scope --help" ;;
    *) return ;;
  esac
  case "$prev" in
    --format|-f)
      case "$command" in
        monitor) mapfile -t COMPREPLY < <(compgen -W "text csv json markdown html" -- "$cur") ;;
        *) mapfile -t COMPREPLY < <(compgen -W "text json" -- "$cur") ;;
      esac
      return ;;
    --scope|-s) mapfile -t COMPREPLY < <(compgen -W "core rijksdienst all" -- "$cur"); return ;;
    --period|-p) mapfile -t COMPREPLY < <(compgen -W "april october" -- "$cur"); return ;;
    --by)
      mapfile -t COMPREPLY < <(compgen -W "personnel_spending fte formatie material_spending
        external_hire_spending office_m2 overhead_fte" -- "$cur")
      return ;;
    --year|-y|--base-year|-b|--weight|-w) return ;;
    --exempt|-x|--output|-o) mapfile -t COMPREPLY < <(compgen -f -- "$cur"); return ;;
  esac
  if [[ $cur == -* ]]; then
    mapfile -t COMPREPLY < <(compgen -W "$options" -- "$cur")
    return
  fi
  # The dataset on the line, if any: the first word after the command that
  # is an existing file.
  for ((i = 2; i < COMP_CWORD; i++)); do
    if [[ ${COMP_WORDS[i]} != -* && -f ${COMP_WORDS[i]} ]]; then
      file=${COMP_WORDS[i]}
      break
    fi
  done
  case "$command" in
    show) mapfile -t COMPREPLY < <(compgen -W "$(_slagkracht_ids "$file" "")" -- "$cur") ;;
    allocate)
      mapfile -t COMPREPLY < <(compgen -W "$(_slagkracht_ids "$file" taakstelling)" -- "$cur") ;;
    diff) mapfile -t COMPREPLY < <(compgen -W "built-in" -- "$cur") ;;
  esac
  # A FILE can come first: files too, unless one is on the line already.
  if [ -z "$file" ]; then
    local files
    mapfile -t files < <(compgen -f -- "$cur")
    COMPREPLY+=("${files[@]}")
  fi
}
complete -o filenames -F _slagkracht slagkracht
