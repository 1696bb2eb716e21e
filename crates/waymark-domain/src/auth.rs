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
    }
);

/// Something a person may try to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Pin a contribution, reply, support or flag one. Open to people without an
    /// account when the plan allows anonymous contributions.
    Contribute,
    /// Hide, restore, approve or mark a contribution as a duplicate.
    Moderate,
    /// See the queue of flagged and pending contributions, hidden ones, exact points.
    ReviewContributions,
    /// Read the audit log.
    ReadAudit,
    /// Read the service's metrics from another machine (the machine itself always may).
    ReadMetrics,
    /// Change a plan's settings.
    ManagePlan,
    /// Create or revoke one's own API tokens, read one's own account; propose a
    /// community-energy project.
    ManageOwnAccount,
    /// See exact network figures, substation points, the queue and constraint zones.
    ViewNetworkDetail,
    /// Review and answer community-energy proposals for the network operator.
    AnswerProposals,
    /// Create and run live workshops.
    RunWorkshops,
    /// Record conversations on residents' behalf, with provenance and consent.
    RecordConversations,
}

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
        ReadAudit | ReadMetrics | ManagePlan => role == Admin,
        ViewNetworkDetail | AnswerProposals => matches!(role, DnoEngineer | Admin),
        RunWorkshops => matches!(role, Facilitator | Admin),
        RecordConversations => matches!(role, Mobiliser | Admin),
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

    #[test]
    fn the_policy_table() {
        let roles = [
            None,
            Some(Role::Resident),
            Some(Role::Mobiliser),
            Some(Role::Facilitator),
            Some(Role::Moderator),
            Some(Role::DnoEngineer),
            Some(Role::Admin),
        ];
        // One row per action: what each role above gets, in order.
        let table = [
            (
                Contribute,
                [Allow, Allow, Allow, Allow, Allow, Allow, Allow],
            ),
            (
                Moderate,
                [
                    SignInRequired,
                    Forbidden,
                    Forbidden,
                    Forbidden,
                    Allow,
                    Forbidden,
                    Allow,
                ],
            ),
            (
                ReviewContributions,
                [
                    SignInRequired,
                    Forbidden,
                    Forbidden,
                    Forbidden,
                    Allow,
                    Forbidden,
                    Allow,
                ],
            ),
            (
                ReadMetrics,
                [
                    SignInRequired,
                    Forbidden,
                    Forbidden,
                    Forbidden,
                    Forbidden,
                    Forbidden,
                    Allow,
                ],
            ),
            (
                ReadAudit,
                [
                    SignInRequired,
                    Forbidden,
                    Forbidden,
                    Forbidden,
                    Forbidden,
                    Forbidden,
                    Allow,
                ],
            ),
            (
                ManagePlan,
                [
                    SignInRequired,
                    Forbidden,
                    Forbidden,
                    Forbidden,
                    Forbidden,
                    Forbidden,
                    Allow,
                ],
            ),
            (
                ManageOwnAccount,
                [SignInRequired, Allow, Allow, Allow, Allow, Allow, Allow],
            ),
        ];
        for (action, expected) in table {
            for (role, want) in roles.iter().zip(expected) {
                assert_eq!(decide(*role, action, true), want, "{role:?} {action:?}");
            }
        }
    }

    #[test]
    fn a_plan_can_close_contributions_to_people_without_an_account() {
        assert_eq!(decide(None, Contribute, false), SignInRequired);
        assert_eq!(decide(Some(Role::Resident), Contribute, false), Allow);
    }
}
