//! iCalendar (RFC 5545) for calendar apps: a feed per group, with the schedule as one
//! recurring event (RRULE, DTSTART in Europe/London) and each planned meeting as its own
//! event with a stable UID, and a `.ics` of one meeting.

use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use icalendar::{Calendar, Component, Event, Property};
use time::{Date, Duration, Month, OffsetDateTime, PrimitiveDateTime, Weekday};
use uuid::Uuid;
use waymark_store::groups::{self as store, GroupRow, MeetingRow};

use super::standing;
use crate::auth::identity::Identity;
use crate::extract::Path;
use crate::{ApiError, AppState, Problem};

/// Europe/London, the only zone groups meet in (checked by the schema), for TZID.
const LONDON: &str = "BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n\
BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nTZNAME:BST\r\n\
DTSTART:19810329T010000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n\
BEGIN:STANDARD\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\nTZNAME:GMT\r\n\
DTSTART:19961027T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\n\
END:VTIMEZONE\r\n";

/// How long a meeting is taken to last in calendars.
const MEETING_LENGTH: Duration = Duration::minutes(90);

fn last_sunday(year: i32, month: Month) -> Option<Date> {
    let last = Date::from_calendar_date(year, month, month.length(year)).ok()?;
    let back = last.weekday().number_days_from_sunday();
    Some(last - Duration::days(i64::from(back)))
}

/// Is British Summer Time in force at this instant? (01:00 UTC on the last Sunday of
/// March to 01:00 UTC on the last Sunday of October.)
fn is_bst(at: OffsetDateTime) -> bool {
    let year = at.year();
    let (Some(start), Some(end)) = (
        last_sunday(year, Month::March),
        last_sunday(year, Month::October),
    ) else {
        return false;
    };
    let one = time::Time::from_hms(1, 0, 0).unwrap_or(time::Time::MIDNIGHT);
    let start = PrimitiveDateTime::new(start, one).assume_utc();
    let end = PrimitiveDateTime::new(end, one).assume_utc();
    at >= start && at < end
}

/// A London wall-clock time as an instant.
fn london(local: PrimitiveDateTime) -> OffsetDateTime {
    let as_gmt = local.assume_utc();
    if is_bst(as_gmt - Duration::hours(1)) {
        as_gmt - Duration::hours(1)
    } else {
        as_gmt
    }
}

fn weekday(iso: i16) -> Weekday {
    match iso {
        1 => Weekday::Monday,
        2 => Weekday::Tuesday,
        3 => Weekday::Wednesday,
        4 => Weekday::Thursday,
        5 => Weekday::Friday,
        6 => Weekday::Saturday,
        _ => Weekday::Sunday,
    }
}

/// The first time on the group's schedule at or after `after` (London time).
pub(super) fn next_occurrence(group: &GroupRow, after: OffsetDateTime) -> OffsetDateTime {
    let mut day = after.date();
    while day.weekday() != weekday(group.weekday) {
        day = day.next_day().unwrap_or(day);
    }
    let mut at = london(PrimitiveDateTime::new(day, group.meets_at));
    if at < after {
        at = london(PrimitiveDateTime::new(
            day + Duration::weeks(1),
            group.meets_at,
        ));
    }
    at
}

/// London's offset from UTC at this instant: +01:00 in summer time, else none.
fn london_offset(at: OffsetDateTime) -> time::UtcOffset {
    if is_bst(at) {
        time::UtcOffset::from_hms(1, 0, 0).unwrap_or(time::UtcOffset::UTC)
    } else {
        time::UtcOffset::UTC
    }
}

/// An instant as London wall-clock time.
fn london_local(at: OffsetDateTime) -> PrimitiveDateTime {
    let local = at.to_offset(london_offset(at));
    PrimitiveDateTime::new(local.date(), local.time())
}

/// Whether a meeting falls on an occurrence of the schedule that starts at `first`: then
/// the series leaves that occurrence out (EXDATE), so a calendar shows the meeting once.
fn on_schedule(group: &GroupRow, first: OffsetDateTime, meeting: OffsetDateTime) -> bool {
    let (first, at) = (london_local(first), london_local(meeting));
    let weeks = (at.date() - first.date()).whole_days();
    at.time() == group.meets_at
        && at.date().weekday() == weekday(group.weekday)
        && weeks >= 0
        && (weeks / 7) % i64::from(group.interval_weeks.max(1)) == 0
}

/// An iCalendar DATE-TIME: `19970714T173000`, with `suffix` (`Z` for UTC) after it.
fn stamp(at: PrimitiveDateTime, suffix: &str) -> String {
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}{suffix}",
        at.year(),
        u8::from(at.month()),
        at.day(),
        at.hour(),
        at.minute(),
        at.second()
    )
}

/// A wall-clock time (with a TZID parameter beside it).
fn local_stamp(at: PrimitiveDateTime) -> String {
    stamp(at, "")
}

fn byday(iso: i16) -> &'static str {
    ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][usize::from((iso.clamp(1, 7) - 1) as u8)]
}

/// An instant in UTC.
fn utc_stamp(at: OffsetDateTime) -> String {
    let at = at.to_offset(time::UtcOffset::UTC);
    stamp(PrimitiveDateTime::new(at.date(), at.time()), "Z")
}

fn host(state: &AppState) -> String {
    state
        .mail_origin
        .split("://")
        .nth(1)
        .unwrap_or("waymark")
        .to_owned()
}

fn meeting_event(state: &AppState, group: &GroupRow, meeting: &MeetingRow) -> Event {
    let mut event = Event::new();
    event
        .uid(&format!("meeting-{}@{}", meeting.id, host(state)))
        .summary(&group.name)
        .append_property(Property::new("DTSTART", utc_stamp(meeting.starts_at)))
        .append_property(Property::new(
            "DTEND",
            utc_stamp(meeting.starts_at + MEETING_LENGTH),
        ))
        .append_property(Property::new(
            "DTSTAMP",
            utc_stamp(OffsetDateTime::now_utc()),
        ))
        .url(&format!(
            "{}/p/{}/groups/{}",
            state.mail_origin, group.plan, group.slug
        ));
    if meeting.status == "cancelled" {
        event.add_property("STATUS", "CANCELLED");
    }
    event.done()
}

fn calendar_response(name: &str, calendar: &Calendar) -> Response {
    // icalendar writes no VTIMEZONE; the zone the series names goes before the events.
    let text = calendar.to_string();
    let text = match text.find("BEGIN:VEVENT") {
        Some(at) => format!("{}{LONDON}{}", &text[..at], &text[at..]),
        None => text,
    };
    (
        [
            (
                header::CONTENT_TYPE,
                "text/calendar; charset=utf-8".to_owned(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!("inline; filename=\"{name}.ics\""),
            ),
        ],
        text,
    )
        .into_response()
}

/// The group's calendar: its schedule as a recurring event, and each planned meeting.
#[utoipa::path(get, path = "/api/v1/groups/{id}/calendar.ics", tag = "groups",
    params(("id" = Uuid, Path)),
    responses((status = 200, content_type = "text/calendar", body = String),
              (status = 404, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn group_calendar(
    State(state): State<AppState>,
    identity: Identity,
    Path(id): Path<Uuid>,
) -> Result<Response, ApiError> {
    let (group, _) = standing(&state, &identity, id).await?;
    let meetings = store::meetings(&state.pool, id).await?;
    let first = next_occurrence(&group, group.created_at);
    let mut start = Property::new("DTSTART", local_stamp(london_local(first)));
    start.add_parameter("TZID", "Europe/London");
    let mut series = Event::new();
    series
        .uid(&format!("group-{}@{}", group.id, host(&state)))
        .summary(&group.name)
        .append_property(start)
        .append_property(Property::new("DURATION", "PT1H30M"))
        .append_property(Property::new(
            "DTSTAMP",
            utc_stamp(OffsetDateTime::now_utc()),
        ))
        .append_property(Property::new(
            "RRULE",
            format!(
                "FREQ=WEEKLY;INTERVAL={};BYDAY={}",
                group.interval_weeks,
                byday(group.weekday)
            ),
        ));
    for meeting in meetings
        .iter()
        .filter(|m| on_schedule(&group, first, m.starts_at))
    {
        let mut skip = Property::new("EXDATE", local_stamp(london_local(meeting.starts_at)));
        skip.add_parameter("TZID", "Europe/London");
        series.append_multi_property(skip);
    }
    let mut calendar = Calendar::new();
    calendar.name(&group.name).timezone("Europe/London");
    calendar.push(series.done());
    for meeting in &meetings {
        calendar.push(meeting_event(&state, &group, meeting));
    }
    Ok(calendar_response(&group.slug, &calendar.done()))
}

/// One meeting as a `.ics` file.
#[utoipa::path(get, path = "/api/v1/groups/{id}/meetings/{meeting_id}/meeting.ics", tag = "groups",
    params(("id" = Uuid, Path), ("meeting_id" = Uuid, Path)),
    responses((status = 200, content_type = "text/calendar", body = String),
              (status = 404, body = Problem, content_type = "application/problem+json")))]
pub(super) async fn meeting_calendar(
    State(state): State<AppState>,
    identity: Identity,
    Path((id, meeting_id)): Path<(Uuid, Uuid)>,
) -> Result<Response, ApiError> {
    let (group, _) = standing(&state, &identity, id).await?;
    let meeting = store::meeting(&state.pool, meeting_id)
        .await?
        .filter(|m| m.group_id == id)
        .ok_or(ApiError::NotFound("meeting"))?;
    let mut calendar = Calendar::new();
    calendar.push(meeting_event(&state, &group, &meeting));
    Ok(calendar_response(&group.slug, &calendar.done()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn london_time_follows_summer_time() {
        assert_eq!(
            london(datetime!(2026-07-01 10:00)),
            datetime!(2026-07-01 09:00 UTC)
        );
        assert_eq!(
            london(datetime!(2026-12-02 10:00)),
            datetime!(2026-12-02 10:00 UTC)
        );
    }
}
