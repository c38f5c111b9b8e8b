//! The default local-impact assumptions and the source of each (domain guide §3).

use std::sync::OnceLock;

use crate::model::business_case::sources as bc_sources;
use crate::model::costs::{self, UnitCosts};
use crate::model::epidemiology::RateTable;
use crate::model::evidence::Source;
use crate::model::fracture_site::FractureSite;
use crate::model::impact::{ImpactAssumptions, ImpactField, ImpactSources};
use crate::model::population::{AgeBand, Sex};

const HIP_RATES_CSV: &str = include_str!("ons/incidence_hip_uk_derived.csv");
const CPRD_RATES_CSV: &str = include_str!("ons/incidence_cprd_2008_12_50plus_flat.csv");

pub const HIP_RATES: Source = Source::derived(
    "Hip fracture rates per 10,000 by age and sex: the age curve of Ettinger et al., Osteoporos Int 2010, rescaled to about 76,000 UK hip fractures a year (National Hip Fracture Database) with 28.6% in men (Neuburger & Wakeman, J Epidemiol Community Health 2016)",
);
pub const CPRD_RATES: Source = Source::published(
    "van der Velde et al., Osteoporos Int 2016;27:3197 — UK GP records (CPRD) 2008–12, crude rate for everyone aged 50+ (age-flat: the same rate in every band)",
);
pub const OTHER_RATES: Source = Source::derived(
    "van der Velde et al., Osteoporos Int 2016 (CPRD 2008–12): all fractures minus hip, clinical vertebral and radius/ulna (age-flat)",
);
// Cost sources: the same records the business case cites.
pub const HIP_HOSPITAL_COST: Source = bc_sources::LEAL_2016;
pub const HIP_SOCIAL_CARE_COST: Source = bc_sources::WHITE_COHORT;
pub const NON_HIP_COST: Source = bc_sources::THIN_RTI;
pub const NON_HIP_SOCIAL_CARE: Source =
    Source::assumption("No UK source gives a social care cost for fractures other than hip: set to £0 (replace with a local figure)");
pub const HIP_BED_DAYS: Source = Source::published("National Hip Fracture Database, 2012 — mean acute length of stay 20.2 days (replace with your trust's figure)");
pub const UPLIFT: Source = Source::assumption("No uplift: costs stay at the sources' price years (hospital 2012/13). Enter an uplift to today's prices");
pub const LOCAL_HIP_COUNT: Source = Source::assumption("Your local hip fracture count (e.g. from the National Hip Fracture Database) — blank means not calibrated");

/// Price year of the default hospital costs.
pub const PRICE_YEAR: &str = "2012/13";

fn read_rates(csv: &str, wanted: &str, site: FractureSite, table: &mut RateTable) {
    for line in csv.lines().skip(1) {
        let cells: Vec<&str> = line.trim().split(',').collect();
        if cells.len() != 4 || cells[0] != wanted {
            continue;
        }
        let sex = if cells[1] == "F" { Sex::Female } else { Sex::Male };
        let band = AgeBand::from_label(cells[2]).expect("embedded age band");
        table.set(site, sex, band, cells[3].parse().expect("embedded rate"));
    }
}

/// The defaults: hip rates from the derived UK table; vertebral, wrist/forearm and other
/// from CPRD 2008–12 (age-flat); costs and bed days from the domain guide §3; no uplift.
pub fn impact_defaults() -> &'static ImpactAssumptions {
    static DEFAULTS: OnceLock<ImpactAssumptions> = OnceLock::new();
    DEFAULTS.get_or_init(|| {
        let mut rates = RateTable { per_10k: Default::default() };
        read_rates(HIP_RATES_CSV, "hip", FractureSite::Hip, &mut rates);
        read_rates(CPRD_RATES_CSV, "vertebral_clinical", FractureSite::Vertebral, &mut rates);
        read_rates(CPRD_RATES_CSV, "wrist_forearm", FractureSite::Wrist, &mut rates);
        read_rates(CPRD_RATES_CSV, "other_non_hip_vert_forearm", FractureSite::Other, &mut rates);
        ImpactAssumptions {
            rates,
            costs: UnitCosts {
                hospital_gbp: [costs::HIP_HOSPITAL_GBP, costs::VERTEBRAL_GBP, costs::NON_HIP_NON_VERTEBRAL_GBP, costs::NON_HIP_NON_VERTEBRAL_GBP],
                social_care_gbp: [costs::HIP_SOCIAL_CARE_GBP, 0.0, 0.0, 0.0],
                uplift_percent: 0.0,
                hip_bed_days: 20.2,
            },
            local_hip_fractures: None,
        }
    })
}

/// Sources of the default local-impact assumptions.
pub struct DefaultSources;

impl ImpactSources for DefaultSources {
    fn source(&self, field: ImpactField) -> Source {
        match field {
            ImpactField::Rate(FractureSite::Hip, ..) => HIP_RATES,
            ImpactField::Rate(FractureSite::Other, ..) => OTHER_RATES,
            ImpactField::Rate(..) => CPRD_RATES,
            ImpactField::HospitalCost(FractureSite::Hip) => HIP_HOSPITAL_COST,
            ImpactField::HospitalCost(_) => NON_HIP_COST,
            ImpactField::SocialCareCost(FractureSite::Hip) => HIP_SOCIAL_CARE_COST,
            ImpactField::SocialCareCost(_) => NON_HIP_SOCIAL_CARE,
            ImpactField::Uplift => UPLIFT,
            ImpactField::HipBedDays => HIP_BED_DAYS,
            ImpactField::LocalHipFractures => LOCAL_HIP_COUNT,
        }
    }
}
