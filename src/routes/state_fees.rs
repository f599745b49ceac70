//! `/:lang/calculators/state-fees`: the state fee for a migration service, from the tables of
//! the Law "On State Duty". Every figure says how well it is sourced; the permanent residence
//! permit fee is not known and the page says so.

use crate::browser::{mirror_in_query, page_query};
use crate::components::basis_list::BasisList;
use crate::components::calculator::{Calculator, Outcome};
use crate::components::radios::Radios;
use crate::locale::{I18n, t, t_string, use_i18n};
use leptos::prelude::*;
use migrationto_core::fees::{
    Age, Confidence, ExtensionLength, ExtensionSpeed, Fee, TrpApplicant, TrpProcessing, WorkPermitProcessing,
    extension_fee, prp_fee, prp_fee_before_2019, registration_fee, trp_fee, work_permit_fee,
};

/// The answers as chosen; the query string mirrors them.
#[derive(Clone, Debug, Default, PartialEq)]
struct Answers {
    service: String,
    who: String,
    length: String,
    speed: String,
    months: String,
    area: String,
}

/// What the page shows for a complete set of answers.
#[derive(Clone, Debug, PartialEq)]
enum Shown {
    Fee { fee: Fee, employer_pays: bool },
    PrpUnknown,
}

/// The fee for the answers; a length that does not exist for that applicant or area needs
/// fixing, and its message goes to the question.
fn check(i18n: I18n, a: &Answers) -> (Option<String>, Outcome<Shown>) {
    match fee_for(a) {
        Err(NoSuchLength::Student) => (Some(t_string!(i18n, fee_calc.err_student_length).to_owned()), Outcome::Fix),
        Err(NoSuchLength::WorkPermit) => (Some(t_string!(i18n, fee_calc.err_work_length).to_owned()), Outcome::Fix),
        Ok(outcome) => (None, outcome),
    }
}

/// A permit length that does not exist for the applicant or area chosen.
enum NoSuchLength {
    Student,
    WorkPermit,
}

fn fee_for(a: &Answers) -> Result<Outcome<Shown>, NoSuchLength> {
    let age = match a.who.as_str() {
        "adult" => Some(Age::Adult),
        "minor" => Some(Age::Minor),
        _ => None,
    };
    let months = a.months.parse::<u8>().ok();
    let fee = |fee| Ok(Outcome::Result(Shown::Fee { fee, employer_pays: false }));
    match a.service.as_str() {
        "registration" => fee(registration_fee()),
        "prp" => Ok(Outcome::Result(Shown::PrpUnknown)),
        "extension" => {
            let speed = match a.speed.as_str() {
                "1" => ExtensionSpeed::OneWorkingDay,
                "3" => ExtensionSpeed::ThreeWorkingDays,
                _ => return Ok(Outcome::Waiting),
            };
            let length = match a.length.as_str() {
                "30" => ExtensionLength::UpTo30Days,
                "60" => ExtensionLength::UpTo60Days,
                _ => return Ok(Outcome::Waiting),
            };
            age.map_or(Ok(Outcome::Waiting), |age| fee(extension_fee(speed, age, length)))
        }
        "trp" => {
            let applicant = match a.who.as_str() {
                "adult" => TrpApplicant::Adult,
                "minor" => TrpApplicant::Minor,
                "student" => TrpApplicant::FullTimeStudent,
                _ => return Ok(Outcome::Waiting),
            };
            let processing = match a.speed.as_str() {
                "15" => TrpProcessing::FifteenWorkingDays,
                "20" => TrpProcessing::TwentyWorkingDays,
                _ => return Ok(Outcome::Waiting),
            };
            let Some(months) = months else { return Ok(Outcome::Waiting) };
            match trp_fee(applicant, processing, months) {
                Some(f) => fee(f),
                None => Err(NoSuchLength::Student),
            }
        }
        "work" => {
            let processing = match a.speed.as_str() {
                "10" => WorkPermitProcessing::TenWorkingDays,
                "15" => WorkPermitProcessing::FifteenWorkingDays,
                "20" => WorkPermitProcessing::TwentyWorkingDays,
                _ => return Ok(Outcome::Waiting),
            };
            let liberated = match a.area.as_str() {
                "liberated" => true,
                "other" => false,
                _ => return Ok(Outcome::Waiting),
            };
            let Some(months) = months else { return Ok(Outcome::Waiting) };
            match work_permit_fee(processing, months, liberated) {
                Some(fee) => Ok(Outcome::Result(Shown::Fee { fee, employer_pays: true })),
                None => Err(NoSuchLength::WorkPermit),
            }
        }
        _ => Ok(Outcome::Waiting),
    }
}

#[component]
pub fn StateFees() -> impl IntoView {
    let i18n = use_i18n();
    let query = page_query();
    let initial = |key: &str| RwSignal::new(query.get(key).unwrap_or_default().to_owned());
    let (service, who, length, speed, months, area) =
        (initial("service"), initial("who"), initial("length"), initial("speed"), initial("months"), initial("area"));
    let answers = Memo::new(move |_| Answers {
        service: service.get(),
        who: who.get(),
        length: length.get(),
        speed: speed.get(),
        months: months.get(),
        area: area.get(),
    });
    // Only the answers that belong to the chosen service go into the address.
    mirror_in_query(answers, |a| {
        let keep = |key: &str| {
            matches!(
                (a.service.as_str(), key),
                ("extension", "who" | "length" | "speed")
                    | ("trp", "who" | "speed" | "months")
                    | ("work", "area" | "speed" | "months")
            )
        };
        let mut pairs = vec![("service", a.service.clone())];
        for (key, value) in
            [("who", &a.who), ("length", &a.length), ("speed", &a.speed), ("months", &a.months), ("area", &a.area)]
        {
            if keep(key) {
                pairs.push((key, value.clone()));
            }
        }
        pairs
    });
    // A choice that means something else for another service starts again when it changes.
    Effect::watch(
        move || service.get(),
        move |_, previous, _| {
            if previous.is_some() {
                for answer in [who, length, speed, months, area] {
                    answer.set(String::new());
                }
            }
        },
        false,
    );
    let checked = Memo::new(move |_| answers.with(|a| check(i18n, a)));
    let length_problem = Signal::derive(move || checked.with(|(problem, _)| problem.clone()));

    let title = Signal::derive(move || t_string!(i18n, fee_calc.title).to_owned());
    let label = move |f: fn(I18n) -> &'static str| Signal::derive(move || f(i18n).to_owned());
    let working_days = move |n: u8| Signal::derive(move || t_string!(i18n, fee_calc.in_working_days, n = n));
    let permit_months = move |values: &[&'static str]| {
        values
            .iter()
            .map(|m| {
                let text = match *m {
                    "3" => label(|i| t_string!(i, fee_calc.months_3)),
                    "6" => label(|i| t_string!(i, fee_calc.months_6)),
                    "12" => label(|i| t_string!(i, fee_calc.months_12)),
                    "18" => label(|i| t_string!(i, fee_calc.months_18)),
                    "24" => label(|i| t_string!(i, fee_calc.months_24)),
                    "30" => label(|i| t_string!(i, fee_calc.months_30)),
                    _ => label(|i| t_string!(i, fee_calc.months_36)),
                };
                (*m, text)
            })
            .collect::<Vec<_>>()
    };
    let questions = move || {
        match service.get().as_str() {
        "extension" => view! {
            <Radios name="who" legend=label(|i| t_string!(i, fee_calc.who_legend)) value=who
                options=vec![("adult", label(|i| t_string!(i, fee_calc.who_adult))), ("minor", label(|i| t_string!(i, fee_calc.who_minor)))] />
            <Radios name="length" legend=label(|i| t_string!(i, fee_calc.extension_length_legend)) value=length
                options=vec![("30", label(|i| t_string!(i, fee_calc.up_to_30_days))), ("60", label(|i| t_string!(i, fee_calc.up_to_60_days)))] />
            <Radios name="speed" legend=label(|i| t_string!(i, fee_calc.speed_legend)) value=speed
                options=vec![("1", label(|i| t_string!(i, fee_calc.in_1_working_day))), ("3", label(|i| t_string!(i, fee_calc.in_3_working_days)))] />
        }.into_any(),
        "trp" => view! {
            <Radios name="who" legend=label(|i| t_string!(i, fee_calc.who_legend)) value=who
                options=vec![
                    ("adult", label(|i| t_string!(i, fee_calc.who_adult))),
                    ("minor", label(|i| t_string!(i, fee_calc.who_minor))),
                    ("student", label(|i| t_string!(i, fee_calc.who_student))),
                ] />
            <Radios name="speed" legend=label(|i| t_string!(i, fee_calc.speed_legend)) value=speed
                options=vec![("15", working_days(15)), ("20", working_days(20))] />
            <Radios name="months" legend=label(|i| t_string!(i, fee_calc.permit_length_legend)) value=months
                options=permit_months(&["3", "6", "12", "18", "24", "30", "36"]) error=length_problem />
        }.into_any(),
        "work" => view! {
            <Radios name="area" legend=label(|i| t_string!(i, fee_calc.area_legend)) value=area
                options=vec![("other", label(|i| t_string!(i, fee_calc.area_elsewhere))), ("liberated", label(|i| t_string!(i, fee_calc.area_liberated)))] />
            <Radios name="speed" legend=label(|i| t_string!(i, fee_calc.speed_legend)) value=speed
                options=vec![10, 15, 20].into_iter().zip(["10", "15", "20"]).map(|(n, value)| {
                    (value, Signal::derive(move || t_string!(i18n, fee_calc.in_working_days, n = if area.get() == "liberated" { n - 5 } else { n })))
                }).collect() />
            <Radios name="months" legend=label(|i| t_string!(i, fee_calc.permit_length_legend)) value=months
                options=permit_months(&["3", "6", "12", "18", "24"]) error=length_problem />
        }.into_any(),
        _ => ().into_any(),
    }
    };
    view! {
        <Calculator title intro=label(|i| t_string!(i, fee_calc.intro))
            outcome=Signal::derive(move || checked.with(|(_, o)| o.clone()))
            show=|shown: Shown| match shown {
                Shown::Fee { fee, employer_pays } => view! { <FeeView fee employer_pays /> }.into_any(),
                Shown::PrpUnknown => view! { <PrpUnknown /> }.into_any(),
            }
            dates=|_: &Shown| Vec::new()
            file_name="state-fee">
                <Radios name="service" legend=label(|i| t_string!(i, fee_calc.service_legend)) value=service
                    options=vec![
                        ("extension", label(|i| t_string!(i, fee_calc.service_extension))),
                        ("trp", label(|i| t_string!(i, fee_calc.service_trp))),
                        ("prp", label(|i| t_string!(i, fee_calc.service_prp))),
                        ("work", label(|i| t_string!(i, fee_calc.service_work))),
                        ("registration", label(|i| t_string!(i, fee_calc.service_registration))),
                    ] />
                {questions}
        </Calculator>
    }
}

#[component]
fn FeeView(fee: Fee, employer_pays: bool) -> impl IntoView {
    let i18n = use_i18n();
    let Fee::Known { azn, confidence, basis } = fee else {
        return view! { <PrpUnknown /> }.into_any();
    };
    let amount = move || {
        if azn == 0 { t_string!(i18n, fee_calc.free).to_owned() } else { t_string!(i18n, fee_calc.amount, azn = azn) }
    };
    view! {
        <dl class="summary">
            <div><dt>{t!(i18n, fee_calc.fee_label)}</dt><dd class="key-date">{amount}</dd></div>
        </dl>
        {employer_pays.then(|| view! { <p>{t!(i18n, fee_calc.employer_pays)}</p> })}
        {match confidence {
            Confidence::Confirmed => None,
            Confidence::Secondary => Some(view! { <p class="warning">{t!(i18n, fee_calc.secondary)}</p> }.into_any()),
            Confidence::Uncertain => Some(view! { <p class="warning">{t!(i18n, fee_calc.uncertain)}</p> }.into_any()),
        }}
        <BasisList bases=vec![basis] />
    }
    .into_any()
}

#[component]
fn PrpUnknown() -> impl IntoView {
    let i18n = use_i18n();
    let basis = match prp_fee() {
        Fee::Unknown { basis } | Fee::Known { basis, .. } => basis,
    };
    let (adult, minor) = (prp_fee_before_2019(Age::Adult), prp_fee_before_2019(Age::Minor));
    view! {
        <p class="warning">{t!(i18n, fee_calc.prp_unknown)}</p>
        <p>{move || t_string!(i18n, fee_calc.prp_before_2019, adult = adult, minor = minor)}</p>
        <BasisList bases=vec![basis] />
    }
}
