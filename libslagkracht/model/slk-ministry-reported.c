/* slk-ministry-reported.c: a ministry's own published figures (SPEC 1.1
 * `reported`), kept beside the figures of its records
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "slk-ministry.h"
#include "slk-organization-private.h"
#include "slk-provenance-private.h"

static JsonObject *
reported_of (SlkMinistry *self)
{
  return _slk_object_member (_slk_organization_get_extras (SLK_ORGANIZATION (self)), "reported");
}

/**
 * slk_ministry_dup_reported:
 * @self: a ministry
 * @year: the year
 *
 * Gets the figures the ministry published for itself for @year, with
 * their scope (kerndepartement or the whole ministry) and source. They
 * are never added to the figures of the records below it.
 *
 * Returns: (transfer full) (nullable): the figures, or %NULL when the
 *   dataset has none for the year
 */
SlkReported *
slk_ministry_dup_reported (SlkMinistry *self,
                           guint        year)
{
  g_return_val_if_fail (SLK_IS_MINISTRY (self), NULL);
  return _slk_reported_lookup (_slk_organization_get_extras (SLK_ORGANIZATION (self)),
                               "reported", year, SLK_REPORTED_SCOPE_MINISTRY);
}

/**
 * slk_ministry_get_reported_years:
 * @self: a ministry
 * @n_years: (out): the number of years
 *
 * Gets the years the ministry has published figures for.
 *
 * Returns: (transfer full) (array length=n_years): the years, ascending
 *
 * Deprecated: 0.2: Use [method@Slk.Ministry.list_reported_years] instead.
 */
guint *
slk_ministry_get_reported_years (SlkMinistry *self,
                                 guint       *n_years)
{
  g_return_val_if_fail (SLK_IS_MINISTRY (self), NULL);
  g_return_val_if_fail (n_years != NULL, NULL);
  return _slk_year_keys (reported_of (self), n_years);
}

/**
 * slk_ministry_list_reported_years:
 * @self: a ministry
 * @n_years: (out): the number of years
 *
 * The same as [method@Slk.Ministry.get_reported_years], named as the rest of the API:
 * `dup_` and `list_` give what the caller owns; `list_contributions`,
 * `get_scope_organization` say what they give.
 *
 * Gets the years the ministry has published figures for.
 *
 * Returns: (transfer full) (array length=n_years): the years, ascending
 */
guint *
slk_ministry_list_reported_years (SlkMinistry *self,
                                  guint       *n_years)
{
  return slk_ministry_get_reported_years (self, n_years);
}

/**
 * slk_ministry_set_reported:
 * @self: a ministry
 * @reported: the published figures of one year, of scope core or ministry;
 *   their source keys name sources of the ministry
 *
 * Sets the figures the ministry published for a year, replacing those it
 * had for that year.
 */
void
slk_ministry_set_reported (SlkMinistry *self,
                           SlkReported *reported)
{
  g_return_if_fail (SLK_IS_MINISTRY (self));
  g_return_if_fail (SLK_IS_REPORTED (reported));
  g_return_if_fail (slk_reported_get_scope (reported) != SLK_REPORTED_SCOPE_RIJKSDIENST);
  _slk_reported_store (_slk_organization_make_extras (SLK_ORGANIZATION (self),
                                                      SLK_ORG_MEMBER_REPORTED),
                       "reported", reported, TRUE);
}
