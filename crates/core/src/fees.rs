//! State fees for migration services, in manats (Law "On State Duty", as amended in 2019).
//! Each figure carries how sure its source is; the PRP fee is not known and says so.

use crate::basis::Basis;

/// How well a figure is sourced (the marks in FACTS.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Confidence {
    /// An official source states it.
    Confirmed,
    /// Press or a third party states it.
    Secondary,
    /// Inferred, or sources disagree: the app must say so.
    Uncertain,
}

/// A fee, or the honest answer that it is not known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fee {
    Known { azn: u32, confidence: Confidence, basis: Basis },
    Unknown { basis: Basis },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Age {
    Adult,
    Minor,
}

/// Decision time for an extension of temporary stay.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExtensionSpeed {
    OneWorkingDay,
    ThreeWorkingDays,
}

/// Length of an extension of temporary stay.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExtensionLength {
    UpTo30Days,
    UpTo60Days,
}

/// Extension of temporary stay.
pub fn extension_fee(speed: ExtensionSpeed, age: Age, length: ExtensionLength) -> Fee {
    use {Age::*, ExtensionLength::*, ExtensionSpeed::*};
    let azn = match (speed, age, length) {
        (OneWorkingDay, Adult, UpTo30Days) => 50,
        (OneWorkingDay, Adult, UpTo60Days) => 100,
        (OneWorkingDay, Minor, UpTo30Days) => 30,
        (OneWorkingDay, Minor, UpTo60Days) => 60,
        (ThreeWorkingDays, Adult, UpTo30Days) => 30,
        (ThreeWorkingDays, Adult, UpTo60Days) => 60,
        (ThreeWorkingDays, Minor, UpTo30Days) => 15,
        (ThreeWorkingDays, Minor, UpTo60Days) => 30,
    };
    Fee::Known { azn, confidence: Confidence::Confirmed, basis: Basis::StateDutyLaw }
}

/// Processing time of a temporary residence permit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TrpProcessing {
    FifteenWorkingDays,
    TwentyWorkingDays,
}

/// Who the temporary residence permit is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TrpApplicant {
    Adult,
    Minor,
    FullTimeStudent,
}

/// Requested length of a permit, in months: 3, 6, 12, 18, 24, 30 or 36.
pub const PERMIT_MONTHS: [u8; 7] = [3, 6, 12, 18, 24, 30, 36];

/// Temporary residence permit; `None` when the table has no such length for that applicant.
pub fn trp_fee(applicant: TrpApplicant, processing: TrpProcessing, months: u8) -> Option<Fee> {
    use {TrpApplicant::*, TrpProcessing::*};
    let column = PERMIT_MONTHS.iter().position(|m| *m == months)?;
    let (row, confidence): (&[u32], Confidence) = match (applicant, processing) {
        (Adult, FifteenWorkingDays) => (&[40, 80, 160, 240, 320, 400, 480], Confidence::Confirmed),
        (Adult, TwentyWorkingDays) => (&[30, 60, 120, 180, 240, 300, 360], Confidence::Confirmed),
        // "25 (3 months), 50 (6 months), 100 (1 year), scaling the same way" [secondary].
        (Minor, FifteenWorkingDays) => (&[25, 50, 100, 150, 200, 250, 300], Confidence::Secondary),
        (Minor, TwentyWorkingDays) => (&[15, 30, 60, 90, 120, 150, 180], Confidence::Uncertain),
        (FullTimeStudent, _) => {
            let azn = match (processing, months) {
                (FifteenWorkingDays, 12) => 60,
                (FifteenWorkingDays, 24) => 120,
                (TwentyWorkingDays, 12) => 40,
                (TwentyWorkingDays, 24) => 80,
                _ => return None,
            };
            return Some(Fee::Known { azn, confidence: Confidence::Secondary, basis: Basis::StateDutyLaw });
        }
    };
    Some(Fee::Known { azn: row[column], confidence, basis: Basis::StateDutyLaw })
}

/// Permanent residence permit: the fee since 2019 has not been found.
pub fn prp_fee() -> Fee {
    Fee::Unknown { basis: Basis::StateDutyLaw }
}

/// The permanent residence permit fee before the 2019 amendment: a flat 300 AZN for an adult
/// and 150 AZN for a minor. Only for context next to the unknown current fee.
pub fn prp_fee_before_2019(age: Age) -> u32 {
    match age {
        Age::Adult => 300,
        Age::Minor => 150,
    }
}

/// Processing time of a work permit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WorkPermitProcessing {
    TenWorkingDays,
    FifteenWorkingDays,
    TwentyWorkingDays,
}

impl WorkPermitProcessing {
    /// Working days to a decision: 5 fewer for work in the liberated territories.
    pub fn working_days(self, liberated_territories: bool) -> u8 {
        let days = match self {
            WorkPermitProcessing::TenWorkingDays => 10,
            WorkPermitProcessing::FifteenWorkingDays => 15,
            WorkPermitProcessing::TwentyWorkingDays => 20,
        };
        if liberated_territories { days - 5 } else { days }
    }
}

/// Work permit, paid by the employer; 18 and 24 months only in the liberated territories.
/// `None` when that combination does not exist.
pub fn work_permit_fee(processing: WorkPermitProcessing, months: u8, liberated_territories: bool) -> Option<Fee> {
    use WorkPermitProcessing::*;
    let row: [u32; 5] = match processing {
        TenWorkingDays => [700, 900, 1400, 1600, 1800],
        FifteenWorkingDays => [500, 700, 1200, 1400, 1600],
        TwentyWorkingDays => [350, 600, 1000, 1200, 1400],
    };
    let column = [3, 6, 12, 18, 24].iter().position(|m| *m == months)?;
    if column >= 3 && !liberated_territories {
        return None;
    }
    Some(Fee::Known { azn: row[column], confidence: Confidence::Confirmed, basis: Basis::StateDutyLaw })
}

/// Registration at the place of stay has no state fee.
pub fn registration_fee() -> Fee {
    Fee::Known { azn: 0, confidence: Confidence::Confirmed, basis: Basis::StateDutyLaw }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn azn(fee: Fee) -> u32 {
        match fee {
            Fee::Known { azn, .. } => azn,
            Fee::Unknown { .. } => panic!("unknown fee"),
        }
    }

    fn confidence(fee: Fee) -> Confidence {
        match fee {
            Fee::Known { confidence, .. } => confidence,
            Fee::Unknown { .. } => panic!("unknown fee"),
        }
    }

    #[test]
    fn extension_table() {
        use {Age::*, ExtensionLength::*, ExtensionSpeed::*};
        let table = [
            (OneWorkingDay, Adult, UpTo30Days, 50),
            (OneWorkingDay, Adult, UpTo60Days, 100),
            (OneWorkingDay, Minor, UpTo30Days, 30),
            (OneWorkingDay, Minor, UpTo60Days, 60),
            (ThreeWorkingDays, Adult, UpTo30Days, 30),
            (ThreeWorkingDays, Adult, UpTo60Days, 60),
            (ThreeWorkingDays, Minor, UpTo30Days, 15),
            (ThreeWorkingDays, Minor, UpTo60Days, 30),
        ];
        for (s, a, l, expected) in table {
            assert_eq!(azn(extension_fee(s, a, l)), expected, "{s:?} {a:?} {l:?}");
        }
    }

    #[test]
    fn trp_adult_table() {
        use TrpProcessing::*;
        let fifteen = [40, 80, 160, 240, 320, 400, 480];
        let twenty = [30, 60, 120, 180, 240, 300, 360];
        for (i, m) in PERMIT_MONTHS.into_iter().enumerate() {
            assert_eq!(azn(trp_fee(TrpApplicant::Adult, FifteenWorkingDays, m).unwrap()), fifteen[i]);
            assert_eq!(azn(trp_fee(TrpApplicant::Adult, TwentyWorkingDays, m).unwrap()), twenty[i]);
        }
        assert!(trp_fee(TrpApplicant::Adult, FifteenWorkingDays, 9).is_none());
    }

    #[test]
    fn trp_minor_and_student_carry_their_confidence() {
        use TrpProcessing::*;
        let m = trp_fee(TrpApplicant::Minor, FifteenWorkingDays, 12).unwrap();
        assert_eq!((azn(m), confidence(m)), (100, Confidence::Secondary));
        let m = trp_fee(TrpApplicant::Minor, TwentyWorkingDays, 36).unwrap();
        assert_eq!((azn(m), confidence(m)), (180, Confidence::Uncertain));
        assert_eq!(azn(trp_fee(TrpApplicant::FullTimeStudent, FifteenWorkingDays, 24).unwrap()), 120);
        assert_eq!(azn(trp_fee(TrpApplicant::FullTimeStudent, TwentyWorkingDays, 12).unwrap()), 40);
        assert!(trp_fee(TrpApplicant::FullTimeStudent, TwentyWorkingDays, 6).is_none());
    }

    #[test]
    fn prp_fee_is_unknown_not_invented() {
        assert!(matches!(prp_fee(), Fee::Unknown { .. }));
        assert_eq!((prp_fee_before_2019(Age::Adult), prp_fee_before_2019(Age::Minor)), (300, 150));
    }

    #[test]
    fn work_permits_for_the_liberated_territories_are_5_working_days_faster() {
        use WorkPermitProcessing::*;
        assert_eq!(
            [TenWorkingDays, FifteenWorkingDays, TwentyWorkingDays].map(|p| p.working_days(false)),
            [10, 15, 20]
        );
        assert_eq!([TenWorkingDays, FifteenWorkingDays, TwentyWorkingDays].map(|p| p.working_days(true)), [5, 10, 15]);
    }

    #[test]
    fn work_permit_table() {
        use WorkPermitProcessing::*;
        assert_eq!(azn(work_permit_fee(TenWorkingDays, 3, false).unwrap()), 700);
        assert_eq!(azn(work_permit_fee(FifteenWorkingDays, 12, false).unwrap()), 1200);
        assert_eq!(azn(work_permit_fee(TwentyWorkingDays, 6, false).unwrap()), 600);
        assert_eq!(azn(work_permit_fee(TwentyWorkingDays, 24, true).unwrap()), 1400);
        assert_eq!(azn(work_permit_fee(TenWorkingDays, 18, true).unwrap()), 1600);
        assert!(work_permit_fee(TenWorkingDays, 18, false).is_none(), "18 months only in the liberated territories");
        assert!(work_permit_fee(TenWorkingDays, 9, true).is_none());
    }

    #[test]
    fn registration_is_free() {
        assert_eq!(azn(registration_fee()), 0);
    }
}
