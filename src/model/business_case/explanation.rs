//! The "How the model works" page, as structured text (headings and paragraphs, formulas
//! spelled out), so the app shows exactly what the code does. Keep it in step with the
//! doc comments of the files it describes.

use serde::Serialize;

/// One section of the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Section {
    pub heading: &'static str,
    pub paragraphs: &'static [&'static str],
}

/// The sections of "How the model works", in order.
pub const HOW_THE_MODEL_WORKS: &[Section] = &[
    Section {
        heading: "What the model compares",
        paragraphs: &[
            "The model compares a Fracture Liaison Service (FLS) with usual care for the same patients: people aged 50 and over with a fragility fracture. It follows each year's patients (an annual cohort) in yearly steps for the time horizon you choose (1 to 10 years, 5 by default). Only what happens within the horizon counts.",
            "Results are shown two ways: for one annual cohort, and for the service running every year of the horizon, where a new cohort starts each year. The cohort that starts in year k counts in years k to the end of the horizon. The headline figures are for the service running every year.",
            "Every default number shows its source, or is marked 'assumption — replace with local figure'.",
        ],
    },
    Section {
        heading: "1. Patients the service sees",
        paragraphs: &[
            "Patients a year = hip fractures × non-spine identification % + spine fractures × spine identification % + wrist or forearm fractures × non-spine identification % + other fractures × non-spine identification %. The fracture counts come from the local-impact page for your area. The national aim is to identify 80% (FLS-DB).",
            "If you type a caseload instead, it is split between fracture sites in the same proportions (or the national mix of fragility fractures if no local counts are available). The split matters only because mortality differs by site. The caseload is the same every year.",
        ],
    },
    Section {
        heading: "2. Assessment and treatment",
        paragraphs: &[
            "Share starting treatment with the service = assessed % × need treatment % × started %. Without the service (usual care) = need treatment % × usual-care started %. By default 100% × 74% × 92.7% = 68.6% with the service and 74% × 26.1% = 19.3% without, as in the Glasgow study (McLellan et al., 2011: 686 and 193 of 1,000 patients).",
            "Staying on treatment: 72.6% after 1 year, 60% after 3 years and 47% after 5 years (Naranjo et al., 2022). Between these points we draw straight lines from 100% at the start; after 5 years the line keeps falling at the same rate as between years 3 and 5. The share on treatment during a year is the average of the start and end of that year: 86.3%, 69.45%, 63.15%, 56.75% and 50.25% in years 1 to 5. We assume the same for patients treated under usual care.",
        ],
    },
    Section {
        heading: "3. Risk of another fracture",
        paragraphs: &[
            "The risk of a further fracture is highest soon after the first one. By default 10% of patients have another fracture within 1 year, 18% within 2 years and 31% within 5 years (Royal Osteoporosis Society). Banefelt et al. (2019) found 7.1% and 12.0% at 1 and 2 years; you can enter these instead.",
            "We turn these cumulative risks into a yearly risk for people still alive and without a further fracture: year 1 = C1; year 2 = (C2 − C1) ÷ (1 − C1); years 3, 4 and 5 = 1 − ((1 − C5) ÷ (1 − C2)) to the power 1/3, the same in each year; after year 5 the year-5 risk continues. With the defaults: 10.0%, 8.9%, 5.6%, 5.6%, 5.6%.",
            "Further fractures are split by site: by default 14.7% hip, 12.3% spine, 12.9% wrist or forearm and 60.1% other, the national mix of all fragility fractures (Svedbom et al., 2013). This split for further fractures is an assumption.",
            "The yearly risk applies to everyone still alive, including people who have already had a further fracture, so a person can have more than one and each is counted. Without deaths this gives 0.36 further fractures per person in 5 years, against 31% of people with at least one.",
        ],
    },
    Section {
        heading: "4. Dying",
        paragraphs: &[
            "People in the cohort die at the same rate with or without the service. In the first year 29.8% of patients with a hip fracture die (Hawley et al., 2016); for other fractures the first-year figures (spine 8%, wrist 2%, other 5%) and the yearly rates after that (10% after a hip fracture, 4% after others) are assumptions.",
            "Each year: deaths = people alive at the start of the year × mortality; further fractures happen among those who survive the year. People are conserved: alive + dead = the cohort's size.",
        ],
    },
    Section {
        heading: "5. What treatment does",
        paragraphs: &[
            "While on treatment a person's risk at each site is multiplied by (1 − relative risk reduction). The reduction is the average over the drug mix: alendronate 51% hip and 47% spine; zoledronic acid 41% and 70%; denosumab 40% and 68% (pivotal trials). For wrist and other fractures we assume 20% for each drug until a source is added. Nobody keeps any benefit after stopping.",
            "Fractures in a year at a site = people alive at the start of the year × (1 − mortality) × yearly risk × site share × (1 − share of the cohort on treatment × reduction at that site). The share of the cohort on treatment = share who started × share of starters still on treatment. Fractures avoided = fractures under usual care − fractures with the service = people alive × (1 − mortality) × yearly risk × site share × (share started with the service − share started in usual care) × share still on treatment × reduction.",
        ],
    },
    Section {
        heading: "6. What the service costs",
        paragraphs: &[
            "Nurse WTE = patients a year ÷ patients per nurse WTE. Administrator WTE = nurse WTE × administrator time per nurse. Consultant WTE = sessions a week ÷ 10. Staff cost = WTE × salary × (1 + on-costs %), paid in the year each cohort is seen.",
            "DXA scans = patients × (assessed % × service DXA % − usual-care DXA %) × cost of a scan, in the cohort's first year.",
            "Drugs = (person-years on treatment with the service − person-years on treatment under usual care) × drug cost a year averaged over the drug mix. Person-years on treatment in a year = people alive at the start of the year × share on treatment.",
            "Monitoring = person-years on treatment with the service × contacts a year (2 in the first year, 1 after) × cost of a contact.",
            "FLS cost is every extra cost of the service over usual care: staff, scans, drugs and monitoring. Staff, scans and monitoring are paid by the acute trust and drugs by primary care prescribing (an assumption about local arrangements).",
        ],
    },
    Section {
        heading: "7. What the service saves",
        paragraphs: &[
            "Each fracture avoided saves its first-year cost in the year it would have happened: hip fracture £14,163 hospital (Leal et al., 2016, 2012/13 prices), £448 community (Welsh Government) and £15,525 social care (WHiTE cohort); spine fracture £1,152; wrist, forearm and other fractures £690 (THIN 2001–05). Add an uplift to bring these to today's prices. These are the same unit costs as the local impact page: a hospital or social care cost, uplift or hip bed days changed there is the business case's starting figure too (marked “from the local impact page”), and a figure typed in the business case overrides it.",
            "Gross savings are split by who saves: acute trust, primary care prescribing, community services and social care. Bed days saved = hip fractures avoided × 20.2 days (NHFD) plus any bed days you enter for other fractures.",
        ],
    },
    Section {
        heading: "8. Quality of life and deaths avoided",
        paragraphs: &[
            "A fracture costs quality of life: in the year it happens, 0.25 × the loss in the first 3 months + 0.75 × the loss at 12 months (hip 0.53 and 0.16; other fractures 0.57 and 0.19, systematic review 2024); in later years, hip fractures keep the 12-month loss (an assumption), weighted by the chance of still being alive.",
            "Deaths caused by hip fractures = hip fractures × 29.8% × the share of those deaths the fracture causes (30%, an assumption). A death avoided gains half a year in its year and a full year after that, each at the quality of life of survivors (0.7, an assumption), weighted by the chance of still being alive.",
            "QALYs gained = QALYs lost under usual care − QALYs lost with the service, discounted at 3.5% a year (NICE reference case): a value in year t is divided by 1.035 to the power (t − 1).",
        ],
    },
    Section {
        heading: "9. The results",
        paragraphs: &[
            "Net cost = FLS cost − gross savings. A positive number is a net cost; a negative number is a net saving. Money is not discounted unless you set a discount rate for money, so the £ figures are the budget impact.",
            "Return on investment = (gross savings − FLS cost) ÷ FLS cost. Cost per fracture avoided = FLS cost ÷ fractures avoided.",
            "Cost per QALY = net cost ÷ QALYs gained, both discounted at the QALY discount rate as NICE does, so it can differ from dividing the undiscounted net cost by the QALYs shown. If the service saves money and gains QALYs it is 'cost saving'; if it gains no QALYs it is 'n/a'. NICE usually accepts up to £20,000–£30,000 per QALY.",
            "Break-even year = the first year in which cumulative savings reach cumulative cost, or 'not within horizon'.",
            "Staff needed = nurse + administrator + consultant WTE for the first year's caseload.",
        ],
    },
    Section {
        heading: "10. Sensitivity analysis",
        paragraphs: &[
            "Each uncertain input (or group that moves together, such as persistence at 1, 3 and 5 years) is set to a low and a high value — your value times a stated factor, kept within the valid range — with everything else unchanged. The tornado chart ranks them by how much the net cost changes.",
        ],
    },
    Section {
        heading: "What the model leaves out",
        paragraphs: &[
            "Any rise in risk after a further fracture; any benefit after stopping treatment; falls services; side effects of treatment; growth in the caseload over the horizon (the projection page shows how it grows); costs or savings after the horizon; deaths caused by hip fractures are reported but not removed from the cohort.",
        ],
    },
];

/// The "How the model works" page.
pub fn how_the_model_works() -> &'static [Section] {
    HOW_THE_MODEL_WORKS
}
