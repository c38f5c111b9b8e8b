//! Pathway mapping: differences between the current and desired pathways.

use fls_toolkit::model::project::pathway::{differences, PathwayStep, Pathways};

fn step(id: u32, what: &str, who: &str, when: &str) -> PathwayStep {
    PathwayStep { id, what: what.into(), who: who.into(), when: when.into(), ..Default::default() }
}

#[test]
fn differences_list_new_dropped_and_changed_steps() {
    let p = Pathways {
        current: vec![step(1, "Fracture clinic", "Orthopaedic surgeon", "2 weeks"), step(2, "GP letter", "Surgeon", ""), step(3, "", "", "")],
        desired: vec![step(1, "fracture  CLINIC", "Orthopaedic surgeon", "2 weeks"), step(2, "FLS assessment", "FLS nurse", "Within 12 weeks"), step(3, "Fracture clinic review", "", "")],
    };
    let d = differences(&p);
    assert_eq!(
        d,
        vec![
            "New step: FLS assessment".to_string(),
            "New step: Fracture clinic review".to_string(),
            "Step no longer in the pathway: GP letter".to_string(),
        ]
    );
    let mut changed = p.clone();
    changed.desired[0].when = "1 week".into();
    assert!(differences(&changed).contains(&"fracture  CLINIC: when changes from “2 weeks” to “1 week”".to_string()));
    assert!(differences(&Pathways::default()).is_empty());
}
