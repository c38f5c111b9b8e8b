//! The downloads that show people what to send: the blank template (the header line in
//! template order) and a small synthetic example. The example is made up: no real patient.

use super::Column;

/// The blank template: the 14 column headers in template order, one CRLF-ended line.
pub fn template_csv() -> String {
    let names: Vec<&str> = Column::ALL.into_iter().map(Column::name).collect();
    format!("{}\r\n", names.join(","))
}

/// A small synthetic example in the template's layout: ten made-up patients showing the
/// accepted spellings and date formats, one row the import rejects (age 47) and one odd
/// value it warns about (`ankle?`).
pub const EXAMPLE_CSV: &str = "\
record_id,sex,age,fracture_date,fracture_site,fls_assessment_date,dxa_status,dxa_date,falls_assessment,bone_therapy_recommended,strength_balance_date,followup_date,treatment_start_date,adherent_52_weeks\r
EX-001,F,78,03/01/2025,hip,10/01/2025,not_indicated,,done,yes,,15/03/2025,20/01/2025,yes\r
EX-002,F,66,2025-01-14,wrist,2025-02-03,done,2025-03-01,referred,yes,2025-02-20,2025-04-01,2025-03-10,no\r
EX-003,Male,81,7/2/2025,Vertebral,20/02/2025,recommended,,recommended,already_on,01/04/2025,,,unknown\r
EX-004,M,59,18/02/2025 00:00,radius,,declined,,no,no,,,,\r
EX-005,Female,72,2025-03-05 00:00:00,humerus,12/03/2025,done,30/04/2025,yes,yes,,20/06/2025,01/05/2025,yes\r
EX-006,F,88,21/03/2025,neck of femur,24/03/2025,not_indicated,,done,yes,,,,\r
EX-007,F,69,02/04/2025,pelvis,30/04/2025,done,15/05/2025,not_done,no,10/06/2025,,,\r
EX-008,M,47,09/04/2025,wrist,,,,,,,,,\r
EX-009,F,75,16/04/2025,ankle?,23/04/2025,recommended,,done,yes,,01/07/2025,,\r
EX-010,F,63,05/05/2025,other,19/05/2025,done,02/06/2025,referred,already_on,,20/07/2025,,yes\r
";
