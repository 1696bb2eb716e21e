//! Roles and the one authorisation policy: which role may do what.
//!
//! Every route asks `decide` before it acts; what a role may *see* is also enforced
//! in the SQL of the store, so that this table and the queries agree.

use crate::text_enum::text_enum;

text_enum!(
    /// What a signed-in person is. People without an account are `None`.
    Role {
        Resident = "resident",
        Mobiliser = "mobiliser",
        Facilitator = "facilitator",
        Moderator = "moderator",
        DnoEngineer = "dno_engineer",
        Admin = "admin",
        /// Answers contributions for the one organisation they act for.
        Responder = "responder",
        /// Answers neighbourhood energy plans for the council's Local Area Energy Plan.
        CouncilOfficer = "council_officer",
        /// Answers requests about people's data made on their behalf, within their plans.
        DataOfficer = "data_officer",
    }
);

text_enum!(
    /// Something a person may try to do. `Action::ALL` lists every one, so the policy
    /// test covers each action a new route may ask for.
    Action {
        /// Pin a contribution, reply, support or flag one. Open to people without an
        /// account when the plan allows anonymous contributions.
        Contribute = "contribute",
        /// Hide, restore, approve or mark a contribution as a duplicate.
        Moderate = "moderate",
        /// See the queue of flagged and pending contributions, hidden ones, exact points.
        ReviewContributions = "review_contributions",
        /// Read the audit log.
        ReadAudit = "read_audit",
        /// Read the service's metrics from another machine (the machine itself always may).
        ReadMetrics = "read_metrics",
        /// Create plans, change their settings, neighbourhoods and basemap.
        ManagePlan = "manage_plan",
        /// Find accounts, grant and revoke roles, disable and enable accounts.
        ManageUsers = "manage_users",
        /// Create or revoke one's own API tokens, read one's own account; propose a
        /// community-energy project.
        ManageOwnAccount = "manage_own_account",
        /// See exact network figures, substation points, the queue and constraint zones.
        ViewNetworkDetail = "view_network_detail",
        /// Review and answer community-energy proposals for the network operator.
        AnswerProposals = "answer_proposals",
        /// Create and run live workshops.
        RunWorkshops = "run_workshops",
        /// Approve or reject the pins held in a workshop one runs (admins: any workshop).
        CheckWorkshopPins = "check_workshop_pins",
        /// Record conversations on residents' behalf, with provenance and consent.
        RecordConversations = "record_conversations",
        /// Give contributions an outcome and write official responses and progress
        /// updates, for one's own organisation (admins: for any organisation).
        Respond = "respond",
        /// Create a plan's organisations and make people their responders.
        ManageOrganisations = "manage_organisations",
        /// Say how a neighbourhood energy plan fits the council's Local Area Energy Plan.
        AnswerForLaep = "answer_for_laep",
        /// Find, export and erase what a resident gave through a mobiliser, on their
        /// behalf (data officers: within their plans, a scope the store's SQL enforces).
        AnswerDataRequests = "answer_data_requests",
        /// See who takes part against who lives in each neighbourhood ("who's missing"),
        /// from the optional "about you" answers, aggregated and suppressed: staff who
        /// go out to hear people (mobilisers, facilitators) and admins.
        ViewParticipation = "view_participation",
        /// Start a Collaborative Action Group (its creator becomes its first
        /// facilitator; inside a group, the group's own roles decide).
        CreateGroups = "create_groups",
        /// Find community energy champions near a place, with how to reach them: staff
        /// who bring people together (mobilisers, facilitators) and admins. A project's
        /// team may too, which the projects routes check beside this table.
        FindChampions = "find_champions",
    }
);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Allow,
    /// 401: sign in first.
    SignInRequired,
    /// 403: signed in, but this role may not.
    Forbidden,
}

/// The policy, as one table.
pub fn decide(role: Option<Role>, action: Action, plan_allows_anonymous: bool) -> Decision {
    use Action::*;
    use Role::*;
    let Some(role) = role else {
        return match action {
            Contribute if plan_allows_anonymous => Decision::Allow,
            _ => Decision::SignInRequired,
        };
    };
    let allowed = match action {
        Contribute | ManageOwnAccount => true,
        Moderate | ReviewContributions => matches!(role, Moderator | Admin),
        ReadAudit | ReadMetrics | ManagePlan | ManageUsers | ManageOrganisations => role == Admin,
        ViewNetworkDetail | AnswerProposals => matches!(role, DnoEngineer | Admin),
        RunWorkshops => matches!(role, Facilitator | Admin),
        CheckWorkshopPins => matches!(role, Facilitator | Admin),
        RecordConversations => matches!(role, Mobiliser | Admin),
        Respond => matches!(role, Responder | Admin),
        AnswerForLaep => matches!(role, CouncilOfficer | Admin),
        AnswerDataRequests => matches!(role, DataOfficer | Admin),
        ViewParticipation | FindChampions => matches!(role, Mobiliser | Facilitator | Admin),
        CreateGroups => matches!(role, Facilitator | Admin),
    };
    if allowed {
        Decision::Allow
    } else {
        Decision::Forbidden
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Action::*;
    use Decision::*;

    /// Every role the policy knows, in the order of the rows below: nobody signed in,
    /// then each role.
    const ROLES: [Option<Role>; 10] = [
        None,
        Some(Role::Resident),
        Some(Role::Mobiliser),
        Some(Role::Facilitator),
        Some(Role::Moderator),
        Some(Role::DnoEngineer),
        Some(Role::Admin),
        Some(Role::Responder),
        Some(Role::CouncilOfficer),
        Some(Role::DataOfficer),
    ];

    /// What each role above gets for `action`. No wildcard: a new action does not
    /// compile until its row is written here.
    fn row(action: Action) -> [Decision; 10] {
        const S: Decision = SignInRequired;
        const F: Decision = Forbidden;
        const A: Decision = Allow;
        match action {
            Contribute => [A, A, A, A, A, A, A, A, A, A],
            Moderate => [S, F, F, F, A, F, A, F, F, F],
            ReviewContributions => [S, F, F, F, A, F, A, F, F, F],
            ReadAudit => [S, F, F, F, F, F, A, F, F, F],
            ReadMetrics => [S, F, F, F, F, F, A, F, F, F],
            ManagePlan => [S, F, F, F, F, F, A, F, F, F],
            ManageUsers => [S, F, F, F, F, F, A, F, F, F],
            ManageOwnAccount => [S, A, A, A, A, A, A, A, A, A],
            ViewNetworkDetail => [S, F, F, F, F, A, A, F, F, F],
            AnswerProposals => [S, F, F, F, F, A, A, F, F, F],
            RunWorkshops => [S, F, F, A, F, F, A, F, F, F],
            CheckWorkshopPins => [S, F, F, A, F, F, A, F, F, F],
            RecordConversations => [S, F, A, F, F, F, A, F, F, F],
            Respond => [S, F, F, F, F, F, A, A, F, F],
            ManageOrganisations => [S, F, F, F, F, F, A, F, F, F],
            AnswerForLaep => [S, F, F, F, F, F, A, F, A, F],
            AnswerDataRequests => [S, F, F, F, F, F, A, F, F, A],
            ViewParticipation => [S, F, A, A, F, F, A, F, F, F],
            CreateGroups => [S, F, F, A, F, F, A, F, F, F],
            FindChampions => [S, F, A, A, F, F, A, F, F, F],
        }
    }

    #[test]
    fn the_policy_table() {
        for role in Role::ALL {
            assert!(ROLES.contains(&Some(*role)), "{role} has a column");
        }
        let mut wrong = Vec::new();
        for &action in Action::ALL {
            for (role, want) in ROLES.iter().zip(row(action)) {
                // A plan closed to people without an account changes nothing for the
                // signed in, and asks everyone else to sign in.
                for anonymous_ok in [true, false] {
                    let want = match role {
                        None if !anonymous_ok => SignInRequired,
                        _ => want,
                    };
                    let got = decide(*role, action, anonymous_ok);
                    if got != want {
                        wrong.push(format!(
                            "{role:?} {action} (anonymous allowed: {anonymous_ok}): {got:?}, expected {want:?}"
                        ));
                    }
                }
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn a_plan_can_close_contributions_to_people_without_an_account() {
        assert_eq!(decide(None, Contribute, false), SignInRequired);
        assert_eq!(decide(Some(Role::Resident), Contribute, false), Allow);
    }
}
