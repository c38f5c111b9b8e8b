//! The works the business-case defaults cite, one constant each, so the form, the source
//! tags and the "How the model works" page cite them in the same words. Each input's own
//! figure or arithmetic is attached in [`super::fields`] with [`Source::for_value`].

use crate::model::evidence::Source;

/// McLellan AR et al. Fracture liaison services … cost-effectiveness evaluation (Glasgow).
pub const MCLELLAN_2011: Source = Source::published("McLellan et al., Fracture liaison services for the evaluation and management of patients with osteoporotic fracture: a cost-effectiveness evaluation, Osteoporosis International").in_year(2011);
/// Naranjo et al., persistence with treatment in an FLS cohort.
pub const NARANJO_2022: Source = Source::published("Naranjo et al., persistence with osteoporosis treatment in a fracture liaison service cohort").in_year(2022);
/// Royal Osteoporosis Society figures on imminent refracture risk.
pub const ROS_REFRACTURE: Source = Source::published("Royal Osteoporosis Society, risk of a further fracture after a fragility fracture");
/// Banefelt et al., imminent risk of subsequent fracture.
pub const BANEFELT_2019: Source = Source::published("Banefelt et al., risk of imminent fracture following a previous fracture").in_year(2019);
/// Pivotal-trial relative risk reductions, table in PMC8049374.
pub const PIVOTAL_TRIALS: Source = Source::published("Pivotal trials of alendronate, zoledronic acid and denosumab (summary table, PMC8049374)");
/// FLS-DB national aims.
pub const FLS_DB_AIMS: Source = Source::published("Fracture Liaison Service Database (FLS-DB), Royal College of Physicians: national aim \"80/50/80\"");
/// ROS clinical standards.
pub const ROS_STANDARDS_2019: Source = Source::published("Royal Osteoporosis Society, Clinical Standards for Fracture Liaison Services").in_year(2019);
/// Leal et al. hospital cost of hip fracture.
pub const LEAL_2016: Source = Source::published("Leal et al., Impact of hip fracture on hospital care costs, Osteoporosis International (2012/13 prices)").in_year(2016);
/// WHiTE cohort social-care cost.
pub const WHITE_COHORT: Source = Source::published("WHiTE cohort (Oxford NDORMS), Age and Ageing: social care costs in the first 4 months after hip fracture");
/// THIN 2001–05 incremental costs.
pub const THIN_RTI: Source = Source::published("THIN 2001–05, women aged 50+ (RTI Health Solutions): incremental first-year healthcare costs of fracture");
/// Welsh Government quality statement.
pub const WELSH_QUALITY_STATEMENT: Source = Source::published("Welsh Government, quality statement for osteoporosis and bone health");
/// NHFD mean acute stay.
pub const NHFD_2012: Source = Source::published("National Hip Fracture Database: mean acute length of stay").in_year(2012);
/// Hawley et al. hip fracture mortality.
pub const HAWLEY_2016: Source = Source::published("Hawley et al., Age and Ageing: mortality after hip fracture").in_year(2016);
/// Systematic review of fracture disutilities.
pub const DISUTILITY_REVIEW_2024: Source = Source::published("Systematic review of health-state utility after fragility fracture, Systematic Reviews").in_year(2024);
/// NICE reference case.
pub const NICE_MANUAL_2022: Source = Source::published("NICE health technology evaluations: the manual (reference case)").in_year(2022);
/// Svedbom et al. national fracture totals, as quoted by ROS.
pub const SVEDBOM_2013: Source = Source::published("Svedbom et al., Osteoporosis in the European Union (UK figures quoted by the Royal Osteoporosis Society)").in_year(2013);
/// DH 2009 economic evaluation.
pub const DH_2009: Source = Source::published("Department of Health, Fracture prevention services: an economic evaluation").in_year(2009);
