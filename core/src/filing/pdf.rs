//! A filing's documents: the request letter, the annex index, each annex (stamped with its
//! label and a continuous page number), and the print packet that binds them with a cover, a
//! separator sheet per annex, "page N of M" on every page, an outline entry per part and links
//! from the index to each annex.
//!
//! Headings are in the filing's language. The French, Spanish and Arabic headings were written
//! by the Habeas team: short, standard terms, to be reviewed by a native speaker before a
//! release (ARCHITECTURE.md). Everything the user wrote is set as written.

use chrono::{DateTime, Utc};

use super::{annex_label, Applicant, ApplicantKind, Filing, FilingKind, Language};
use crate::evidence::Evidence;
use crate::model::{country, Alert, ApproxDate, Case, Person, Precision};
use crate::pdf::{Flow, Kind, Meta};
use crate::rules::arguments;
use crate::rules::deadlines::Confidence;
use crate::Error;

pub use super::annex_reader::Content;

/// The fixed words of a filing, in one language.
#[derive(Debug)]
pub(crate) struct Words {
    ccf: &'static str,
    portal: &'static str,
    kinds: [&'static str; 5],
    applicant: &'static str,
    submitted_by: &'static str,
    in_person: &'static str,
    by_entity: &'static str,
    by_guardian: &'static str,
    name: &'static str,
    birth: &'static str,
    birth_place: &'static str,
    nationality: &'static str,
    guardian: &'static str,
    registration: &'static str,
    registered_on: &'static str,
    office: &'static str,
    represented_by: &'static str,
    authority: &'static str,
    property: &'static str,
    data: &'static str,
    learned: &'static str,
    facts: &'static str,
    grounds: &'static str,
    sources: &'static str,
    to_check: &'static str,
    secondary: &'static str,
    unverified: &'static str,
    outcome: &'static str,
    confidential: &'static str,
    revision: &'static str,
    decision: &'static str,
    new_fact: &'static str,
    discovered: &'static str,
    annexes: &'static str,
    index: &'static str,
    title: &'static str,
    date: &'static str,
    pages: &'static str,
    signature: &'static str,
    place: &'static str,
    packet: &'static str,
    contents: &'static str,
    not_pdf: &'static str,
    page_of: &'static str,
}

const EN: Words = Words {
    ccf: "Commission for the Control of INTERPOL's Files (CCF)",
    portal: "Submitted through the CCF's online portal",
    kinds: [
        "Request for access to data",
        "Request for correction of data",
        "Request for deletion of data",
        "Request for correction and deletion of data",
        "Application for revision of a decision",
    ],
    applicant: "Applicant",
    submitted_by: "Submitted by",
    in_person: "The applicant, in person",
    by_entity: "The entity, through the person representing it (above)",
    by_guardian: "The parent or guardian named above, for the minor",
    name: "Name",
    birth: "Date of birth",
    birth_place: "Place of birth",
    nationality: "Nationality",
    guardian: "Parent or guardian acting for the minor",
    registration: "Registration number",
    registered_on: "Date of incorporation or registration",
    office: "Registered office",
    represented_by: "Represented by",
    authority: "Authority to represent",
    property: "Property concerned",
    data: "Data concerned",
    learned: "How the applicant learned of the data",
    facts: "Summary of facts",
    grounds: "Grounds",
    sources: "Sources",
    to_check: "to be checked before filing",
    secondary: "read only in a secondary source",
    unverified: "not verified",
    outcome: "Outcome requested",
    confidential: "Confidential information (Statute of the CCF, Art. 20)",
    revision: "The decision and the new fact",
    decision: "Decision",
    new_fact: "New fact",
    discovered: "Discovered on",
    annexes: "Annexes",
    index: "Index of annexes",
    title: "Title",
    date: "Date",
    pages: "Pages",
    signature: "Signature",
    place: "Place",
    packet: "Filing packet",
    contents: "Contents",
    not_pdf: "This annex is a file that cannot be shown as a page. It is identified here by its name, type, size and SHA-256 fingerprint, and supplied separately.",
    page_of: "Page {n} of {m}",
};

const FR: Words = Words {
    ccf: "Commission de contrôle des fichiers d'INTERPOL (CCF)",
    portal: "Déposée via le portail en ligne de la CCF",
    kinds: [
        "Demande d'accès aux données",
        "Demande de rectification de données",
        "Demande d'effacement de données",
        "Demande de rectification et d'effacement de données",
        "Demande de révision d'une décision",
    ],
    applicant: "Demandeur",
    submitted_by: "Déposée par",
    in_person: "Le demandeur lui-même",
    by_entity: "L'entité, par la personne qui la représente (ci-dessus)",
    by_guardian: "Le parent ou tuteur nommé ci-dessus, pour le mineur",
    name: "Nom",
    birth: "Date de naissance",
    birth_place: "Lieu de naissance",
    nationality: "Nationalité",
    guardian: "Parent ou tuteur agissant pour le mineur",
    registration: "Numéro d'immatriculation",
    registered_on: "Date de constitution ou d'immatriculation",
    office: "Siège social",
    represented_by: "Représentée par",
    authority: "Pouvoir de représentation",
    property: "Bien concerné",
    data: "Données concernées",
    learned: "Comment le demandeur en a eu connaissance",
    facts: "Exposé des faits",
    grounds: "Moyens",
    sources: "Sources",
    to_check: "à vérifier avant le dépôt",
    secondary: "lu seulement dans une source secondaire",
    unverified: "non vérifié",
    outcome: "Demande",
    confidential: "Informations confidentielles (Statut de la CCF, art. 20)",
    revision: "La décision et le fait nouveau",
    decision: "Décision",
    new_fact: "Fait nouveau",
    discovered: "Découvert le",
    annexes: "Annexes",
    index: "Bordereau des annexes",
    title: "Intitulé",
    date: "Date",
    pages: "Pages",
    signature: "Signature",
    place: "Lieu",
    packet: "Dossier de la demande",
    contents: "Sommaire",
    not_pdf: "Cette annexe est un fichier qui ne peut pas être présenté comme une page. Elle est identifiée ici par son nom, son type, sa taille et son empreinte SHA-256, et fournie séparément.",
    page_of: "Page {n} sur {m}",
};

const ES: Words = Words {
    ccf: "Comisión de Control de los Ficheros de INTERPOL (CCF)",
    portal: "Presentada a través del portal en línea de la CCF",
    kinds: [
        "Solicitud de acceso a datos",
        "Solicitud de rectificación de datos",
        "Solicitud de supresión de datos",
        "Solicitud de rectificación y supresión de datos",
        "Solicitud de revisión de una decisión",
    ],
    applicant: "Solicitante",
    submitted_by: "Presentada por",
    in_person: "El propio solicitante",
    by_entity: "La entidad, por medio de la persona que la representa (arriba)",
    by_guardian: "El progenitor o tutor indicado arriba, en nombre del menor",
    name: "Nombre",
    birth: "Fecha de nacimiento",
    birth_place: "Lugar de nacimiento",
    nationality: "Nacionalidad",
    guardian: "Progenitor o tutor que actúa por el menor",
    registration: "Número de registro",
    registered_on: "Fecha de constitución o de registro",
    office: "Domicilio social",
    represented_by: "Representada por",
    authority: "Facultad de representación",
    property: "Bien afectado",
    data: "Datos afectados",
    learned: "Cómo tuvo conocimiento el solicitante",
    facts: "Resumen de los hechos",
    grounds: "Fundamentos",
    sources: "Fuentes",
    to_check: "por verificar antes de presentar",
    secondary: "leído solo en una fuente secundaria",
    unverified: "no verificado",
    outcome: "Petición",
    confidential: "Información confidencial (Estatuto de la CCF, art. 20)",
    revision: "La decisión y el hecho nuevo",
    decision: "Decisión",
    new_fact: "Hecho nuevo",
    discovered: "Descubierto el",
    annexes: "Anexos",
    index: "Índice de anexos",
    title: "Título",
    date: "Fecha",
    pages: "Páginas",
    signature: "Firma",
    place: "Lugar",
    packet: "Expediente de la solicitud",
    contents: "Índice",
    not_pdf: "Este anexo es un archivo que no puede mostrarse como página. Se identifica aquí por su nombre, tipo, tamaño y huella SHA-256, y se aporta por separado.",
    page_of: "Página {n} de {m}",
};

const AR: Words = Words {
    ccf: "لجنة الرقابة على محفوظات الإنتربول",
    portal: "مقدم عبر البوابة الإلكترونية للجنة",
    kinds: [
        "طلب الاطلاع على البيانات",
        "طلب تصحيح البيانات",
        "طلب حذف البيانات",
        "طلب تصحيح البيانات وحذفها",
        "طلب إعادة النظر في قرار",
    ],
    applicant: "مقدم الطلب",
    submitted_by: "مقدم من",
    in_person: "مقدم الطلب نفسه",
    by_entity: "الكيان، عن طريق الشخص الذي يمثله (أعلاه)",
    by_guardian: "الوالد أو الوصي المذكور أعلاه، نيابةً عن القاصر",
    name: "الاسم",
    birth: "تاريخ الميلاد",
    birth_place: "مكان الميلاد",
    nationality: "الجنسية",
    guardian: "الوالد أو الوصي النائب عن القاصر",
    registration: "رقم التسجيل",
    registered_on: "تاريخ التأسيس أو التسجيل",
    office: "المقر المسجل",
    represented_by: "يمثلها",
    authority: "صفة التمثيل",
    property: "الممتلكات المعنية",
    data: "البيانات المعنية",
    learned: "كيف علم مقدم الطلب بالبيانات",
    facts: "ملخص الوقائع",
    grounds: "الأسباب",
    sources: "المصادر",
    to_check: "يجب التحقق منه قبل التقديم",
    secondary: "مصدر ثانوي فقط",
    unverified: "غير موثق",
    outcome: "المطلوب",
    confidential: "معلومات سرية (النظام الأساسي للجنة، المادة 20)",
    revision: "القرار والواقعة الجديدة",
    decision: "القرار",
    new_fact: "الواقعة الجديدة",
    discovered: "تاريخ اكتشافها",
    annexes: "المرفقات",
    index: "فهرس المرفقات",
    title: "العنوان",
    date: "التاريخ",
    pages: "الصفحات",
    signature: "التوقيع",
    place: "المكان",
    packet: "ملف الطلب",
    contents: "المحتويات",
    not_pdf: "هذا المرفق ملف لا يمكن عرضه كصفحة. وهو معرف هنا باسمه ونوعه وحجمه وبصمته SHA-256، ويقدم بشكل منفصل.",
    page_of: "صفحة {n} من {m}",
};

pub(crate) fn words(language: Language) -> &'static Words {
    match language {
        Language::En => &EN,
        Language::Fr => &FR,
        Language::Es => &ES,
        Language::Ar => &AR,
    }
}

fn kind_title(w: &Words, kind: FilingKind) -> &'static str {
    let i = FilingKind::ALL.iter().position(|k| *k == kind).unwrap_or(0);
    w.kinds[i]
}

/// What the documents are made from.
#[derive(Debug)]
pub struct Context<'a> {
    /// The filing.
    pub filing: &'a Filing,
    /// Its case.
    pub case: &'a Case,
    /// The case's alerts.
    pub alerts: &'a [Alert],
    /// The case's evidence (annexes are looked up here).
    pub evidence: &'a [Evidence],
    /// When the documents are made.
    pub generated: DateTime<Utc>,
}

fn approx(d: &ApproxDate) -> String {
    match d.precision {
        Precision::Day => d.date.format("%Y-%m-%d").to_string(),
        Precision::Month => d.date.format("%Y-%m").to_string(),
        Precision::Year => d.date.format("%Y").to_string(),
    }
}

fn flow_for(ctx: &Context<'_>, footer: &str) -> Flow {
    Flow::new(
        ctx.filing.paper,
        ctx.filing.language == Language::Ar,
        footer,
    )
}

fn meta(ctx: &Context<'_>, title: &str) -> Meta {
    Meta {
        title: title.to_owned(),
        subject: kind_title(&EN, ctx.filing.kind).to_owned(),
        created: ctx.generated,
    }
}

fn page_label(w: &'static Words) -> impl Fn(usize, usize) -> String {
    move |n, m| {
        w.page_of
            .replace("{n}", &n.to_string())
            .replace("{m}", &m.to_string())
    }
}

/// The annexed items, in order, with their labels and titles.
fn annexed<'a>(ctx: &'a Context<'_>) -> Vec<(String, String, &'a Evidence)> {
    ctx.filing
        .annexes
        .iter()
        .enumerate()
        .filter_map(|(i, a)| {
            let item = ctx.evidence.iter().find(|e| e.id == a.evidence)?;
            let title = if !a.title.trim().is_empty() {
                a.title.clone()
            } else if !item.description.trim().is_empty() {
                item.description.clone()
            } else {
                format!("{} ({})", item.category.label(), item.original_name)
            };
            Some((annex_label(i), title, item))
        })
        .collect()
}

/// The applicant as a natural person: the case's person (for a minor, the minor).
fn write_person(flow: &mut Flow, w: &Words, p: &Person) {
    let mut name = p.name_latin.clone();
    if !p.name_original.is_empty() && p.name_original != p.name_latin {
        name = if name.is_empty() {
            p.name_original.clone()
        } else {
            format!("{name} ({})", p.name_original)
        };
    }
    flow.field(w.name, &name, Kind::Body);
    if let Some(d) = p.birth_date {
        flow.field(w.birth, &d.format("%Y-%m-%d").to_string(), Kind::Body);
    }
    if !p.birth_place.is_empty() {
        flow.field(w.birth_place, &p.birth_place, Kind::Body);
    }
    if !p.nationalities.is_empty() {
        let list: Vec<&str> = p.nationalities.iter().map(|c| country::name(c)).collect();
        flow.field(w.nationality, &list.join(", "), Kind::Body);
    }
}

/// The applicant as an entity: what its registration shows and who represents it (the CCF's
/// admissibility sheet, domain.md §2 row A').
fn write_entity(flow: &mut Flow, w: &Words, a: &Applicant) {
    flow.field(w.name, &a.entity_name, Kind::Body);
    if !a.registration_number.trim().is_empty() {
        flow.field(w.registration, &a.registration_number, Kind::Body);
    }
    if let Some(d) = a.registered_on {
        flow.field(
            w.registered_on,
            &d.format("%Y-%m-%d").to_string(),
            Kind::Body,
        );
    }
    if !a.registered_office.trim().is_empty() {
        flow.field(w.office, &a.registered_office, Kind::Body);
    }
    if !a.signatory.trim().is_empty() {
        flow.field(w.represented_by, &a.signatory, Kind::Body);
    }
    if !a.signatory_authority.trim().is_empty() {
        flow.field(w.authority, &a.signatory_authority, Kind::Body);
    }
}

/// Writes the request letter into `flow`.
fn write_request(flow: &mut Flow, ctx: &Context<'_>) {
    let w = words(ctx.filing.language);
    let f = ctx.filing;
    let p = &ctx.case.person;
    flow.paragraph(w.ccf, Kind::Strong);
    flow.paragraph(
        "200 quai Charles de Gaulle, 69006 Lyon, France",
        Kind::Small,
    );
    flow.paragraph(w.portal, Kind::Small);
    flow.space(8.0);
    flow.title(kind_title(w, f.kind));

    flow.heading(w.applicant);
    let a = &f.applicant;
    if a.kind == ApplicantKind::Entity {
        write_entity(flow, w, a);
    } else {
        write_person(flow, w, p);
        if a.kind == ApplicantKind::Minor {
            let mut guardian = a.guardian.clone();
            if !a.relationship.trim().is_empty() {
                guardian = format!("{guardian} ({})", a.relationship);
            }
            flow.field(w.guardian, &guardian, Kind::Body);
        }
    }
    if !a.property.trim().is_empty() {
        flow.field(w.property, &a.property, Kind::Body);
    }

    flow.heading(w.submitted_by);
    let s = &f.submitter;
    if s.representative {
        let lines: Vec<&str> = [&s.name, &s.firm, &s.address, &s.email, &s.phone]
            .into_iter()
            .map(String::as_str)
            .filter(|l| !l.trim().is_empty())
            .collect();
        flow.paragraph(&lines.join("\n"), Kind::Body);
    } else {
        let by = match a.kind {
            ApplicantKind::Person => w.in_person,
            ApplicantKind::Minor => w.by_guardian,
            ApplicantKind::Entity => w.by_entity,
        };
        flow.paragraph(by, Kind::Body);
    }

    if f.kind == FilingKind::Revision {
        flow.heading(w.revision);
        let mut decision = f.revision.decision.clone();
        if let Some(d) = f.revision.decision_date {
            decision = format!("{decision} ({})", d.format("%Y-%m-%d"));
        }
        flow.field(w.decision, &decision, Kind::Body);
        flow.field(w.new_fact, &f.revision.new_fact, Kind::Body);
        if let Some(d) = f.revision.discovered {
            flow.field(w.discovered, &d.format("%Y-%m-%d").to_string(), Kind::Body);
        }
    }

    let concerned: Vec<&Alert> = ctx
        .alerts
        .iter()
        .filter(|a| f.alerts.contains(&a.id))
        .collect();
    if !concerned.is_empty() || !f.learned_how.trim().is_empty() {
        flow.heading(w.data);
        for a in concerned {
            let mut parts = vec![a.kind.label().to_owned()];
            if let Some(c) = &a.issuing_country {
                parts.push(country::name(c).to_owned());
            }
            if !a.ncb.is_empty() {
                parts.push(a.ncb.clone());
            }
            if let Some(d) = &a.date {
                parts.push(approx(d));
            }
            let mut line = parts.join(" · ");
            if !a.offence.is_empty() {
                line.push_str(&format!("\n{}", a.offence));
            }
            let wr = &a.warrant;
            let warrant: Vec<String> = [wr.authority.clone(), wr.reference.clone()]
                .into_iter()
                .chain(wr.date.map(|d| d.format("%Y-%m-%d").to_string()))
                .filter(|x| !x.is_empty())
                .collect();
            if !warrant.is_empty() {
                line.push_str(&format!("\n{}", warrant.join(", ")));
            }
            flow.paragraph(&line, Kind::Body);
        }
        if !f.learned_how.trim().is_empty() {
            flow.field(w.learned, &f.learned_how, Kind::Body);
        }
    }

    if !f.facts.trim().is_empty() {
        flow.heading(w.facts);
        flow.paragraph(&f.facts, Kind::Body);
    }
    if !f.grounds.is_empty() {
        flow.heading(w.grounds);
        for (i, g) in f.grounds.iter().enumerate() {
            flow.paragraph(&format!("{}. {}", i + 1, g.text), Kind::Body);
            if let Some(arg) = g.argument.as_deref().and_then(arguments::by_id) {
                // Every citation carries its confidence until the user has checked it (issue 15,
                // 2.6): a secondary or unverified one is marked "to be checked" in the request.
                let cites: Vec<String> = arg
                    .citations
                    .iter()
                    .map(|c| {
                        let level = match c.confidence {
                            _ if g.citations_confirmed => None,
                            Confidence::Verified => None,
                            Confidence::Secondary => Some(w.secondary),
                            Confidence::Unverified | Confidence::EnteredByYou => Some(w.unverified),
                        };
                        match level {
                            Some(l) => format!("{} [{}: {l}]", c.cites_in(f.language), w.to_check),
                            None => c.cites_in(f.language),
                        }
                    })
                    .collect();
                flow.paragraph(
                    &format!("{}: {}.", w.sources, cites.join("; ")),
                    Kind::Small,
                );
            }
        }
    }
    flow.heading(w.outcome);
    flow.paragraph(&f.outcome, Kind::Body);
    if !f.confidential.is_empty() {
        flow.heading(w.confidential);
        for c in &f.confidential {
            flow.paragraph(&format!("• {c}"), Kind::Body);
        }
    }
    let list = annexed(ctx);
    if !list.is_empty() {
        flow.heading(w.annexes);
        for (label, title, _) in &list {
            flow.field(label, title, Kind::Body);
        }
    }
    flow.heading(w.signature);
    flow.field(w.name, &f.signature.by, Kind::Body);
    flow.field(w.place, &f.signature.place, Kind::Body);
    let date = f
        .signature
        .date
        .map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default();
    flow.field(w.date, &date, Kind::Body);
    flow.space(36.0);
    flow.rule();
}

/// Writes the annex index; returns, per annex, where its row is (page, bottom, top) for links.
fn write_index(flow: &mut Flow, ctx: &Context<'_>, pages: &[usize]) -> Vec<(usize, f32, f32)> {
    let w = words(ctx.filing.language);
    flow.title(w.index);
    let mut rows = Vec::new();
    for (i, (label, title, item)) in annexed(ctx).into_iter().enumerate() {
        let date = item
            .document_date
            .map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_else(|| "—".into());
        let n = pages.get(i).copied().unwrap_or(1);
        let value = format!("{title}\n{}: {date} · {}: {n}", w.date, w.pages);
        let (page, top) = flow.position();
        flow.field(&label, &value, Kind::Body);
        flow.field("SHA-256", &item.sha256, Kind::Mono);
        let (after_page, bottom) = flow.position();
        rows.push(if after_page == page {
            (page, bottom, top)
        } else {
            (after_page, bottom, bottom + 40.0)
        });
    }
    rows
}

/// Writes one annex (its pages, stamped); returns the index of its first page.
fn write_annex(
    flow: &mut Flow,
    heading: &str,
    item: &Evidence,
    content: Content,
    bates: &mut u64,
    prefix: &str,
    w: &Words,
) -> usize {
    let mut stamp_pages = Vec::new();
    let first = match content {
        Content::Pdf(doc) => {
            let pages = flow.import(*doc);
            stamp_pages.extend(&pages);
            pages.first().copied().unwrap_or(0)
        }
        Content::Image(img) => {
            flow.image_page(heading, *img);
            let (page, _) = flow.position();
            stamp_pages.push(page);
            page
        }
        Content::Other(reason) => {
            flow.page_break();
            let (page, _) = flow.position();
            flow.paragraph(heading, Kind::Strong);
            flow.paragraph(w.not_pdf, Kind::Body);
            flow.field(w.title, &item.original_name, Kind::Body);
            flow.field("Type", &item.media_type, Kind::Body);
            flow.field("Bytes", &item.size.to_string(), Kind::Body);
            flow.field("SHA-256", &item.sha256, Kind::Mono);
            flow.paragraph(&reason, Kind::Small);
            stamp_pages.push(page);
            page
        }
    };
    for page in stamp_pages {
        *bates += 1;
        let label = heading.split(" — ").next().unwrap_or(heading);
        flow.stamp(page, &format!("{label} · {prefix}{:06}", *bates));
    }
    first
}

/// The request letter (REQUEST.pdf).
///
/// # Errors
/// [`Error::Internal`] if the PDF cannot be made.
pub fn request(ctx: &Context<'_>) -> Result<Vec<u8>, Error> {
    let w = words(ctx.filing.language);
    let title = kind_title(w, ctx.filing.kind);
    let mut flow = flow_for(ctx, title);
    write_request(&mut flow, ctx);
    flow.finish(&meta(ctx, title), page_label(w))
}

/// The annex index (INDEX.pdf). `pages` gives each annex's page count.
///
/// # Errors
/// [`Error::Internal`] if the PDF cannot be made.
pub fn index(ctx: &Context<'_>, pages: &[usize]) -> Result<Vec<u8>, Error> {
    let w = words(ctx.filing.language);
    let mut flow = flow_for(ctx, w.index);
    write_index(&mut flow, ctx, pages);
    flow.finish(&meta(ctx, w.index), page_label(w))
}

/// One annex as its own PDF (A-01.pdf …), its pages stamped with its label and continuous page
/// numbers starting after `bates`.
///
/// # Errors
/// [`Error::Internal`] if the PDF cannot be made.
pub fn annex(
    ctx: &Context<'_>,
    index: usize,
    content: Content,
    bates: &mut u64,
) -> Result<Vec<u8>, Error> {
    let w = words(ctx.filing.language);
    let list = annexed(ctx);
    let (label, title, item) = list.get(index).ok_or(Error::NotFound { what: "annex" })?;
    let heading = format!("{label} — {title}");
    let mut flow = flow_for(ctx, &heading);
    flow.manual_outline();
    let first = write_annex(
        &mut flow,
        &heading,
        item,
        content,
        bates,
        &ctx.filing.bates_prefix,
        w,
    );
    flow.bookmark(&heading, first);
    flow.finish(&meta(ctx, &heading), page_label(w))
}

/// The print packet: cover, request, index, and for each annex a separator sheet then the
/// annex; page N of M on every page, an outline entry per part, the index linked to each annex.
///
/// # Errors
/// [`Error::Internal`] if the PDF cannot be made.
pub fn packet(ctx: &Context<'_>, contents: Vec<Content>) -> Result<Vec<u8>, Error> {
    let w = words(ctx.filing.language);
    let title = kind_title(w, ctx.filing.kind);
    let mut flow = flow_for(ctx, title);
    flow.manual_outline();
    let list = annexed(ctx);

    // Cover.
    flow.bookmark(w.packet, 0);
    flow.space(120.0);
    flow.paragraph(w.packet, Kind::Small);
    flow.title(title);
    flow.paragraph(ctx.case.display_name(), Kind::Heading);
    flow.paragraph(w.ccf, Kind::Body);
    flow.space(24.0);
    flow.paragraph(w.contents, Kind::Strong);
    flow.paragraph(&format!("{}\n{}", title, w.index), Kind::Body);
    for (label, t, _) in &list {
        flow.paragraph(&format!("{label} — {t}"), Kind::Body);
    }

    flow.page_break();
    let (request_page, _) = flow.position();
    flow.bookmark(title, request_page);
    write_request(&mut flow, ctx);

    flow.page_break();
    let (index_page, _) = flow.position();
    flow.bookmark(w.index, index_page);
    let pages: Vec<usize> = contents.iter().map(Content::pages).collect();
    let rows = write_index(&mut flow, ctx, &pages);

    let mut bates = 0u64;
    for ((content, (label, t, item)), row) in contents.into_iter().zip(&list).zip(&rows) {
        let heading = format!("{label} — {t}");
        flow.page_break();
        let (separator, _) = flow.position();
        flow.space(200.0);
        flow.title(label);
        flow.paragraph(t, Kind::Heading);
        flow.paragraph(&format!("SHA-256 {}", item.sha256), Kind::Mono);
        flow.bookmark(&heading, separator);
        let _first = write_annex(
            &mut flow,
            &heading,
            item,
            content,
            &mut bates,
            &ctx.filing.bates_prefix,
            w,
        );
        flow.link(row.0, row.1, row.2, separator);
    }
    flow.finish(&meta(ctx, title), page_label(w))
}

/// Everything the bytes of an evidence file go through on their way into a filing: the type
/// sniffed from the content, the file read as an annex (`lopdf`, the image reader), its pages
/// placed in a PDF of ours and stamped as a filing's annexes are (`write_annex`), the PDF
/// written, then read back. Returns the page count
/// of what was written, checked to be every page placed, each whole. For the fuzzer (`fuzz/`,
/// `make fuzz`) and the regression test that replays its finds; no other code calls it.
///
/// # Errors
/// [`Error::Internal`] if the PDF cannot be written, or what was written cannot be read back
/// whole.
#[cfg(any(test, fuzzing))]
#[doc(hidden)]
pub fn annex_round_trip(bytes: &[u8]) -> Result<usize, Error> {
    use crate::pdf::PageSize;
    let media_type = crate::files::sniff::media_type(bytes);
    let item = Evidence {
        original_name: "annex".into(),
        media_type: media_type.into(),
        ..Evidence::default()
    };
    let w = words(Language::En);
    let mut flow = Flow::new(PageSize::A4, false, "A-1");
    let content = Content::read(bytes, media_type);
    write_annex(&mut flow, "A-1 — annex", &item, content, &mut 0, "HAD-", w);
    let meta = Meta {
        title: "A-1".into(),
        subject: "fuzz".into(),
        created: DateTime::<Utc>::UNIX_EPOCH,
    };
    let expected = flow.position().0 + 1;
    let written = flow.finish(&meta, page_label(w))?;
    let read_back = lopdf::Document::load_mem(&written).map_err(|e| Error::Internal {
        what: format!("reading back the PDF just written: {e}"),
    })?;
    match read_back.get_pages().len() {
        n if n == expected && super::annex_reader::first_damaged_page(&read_back).is_none() => {
            Ok(n)
        }
        n => Err(Error::Internal {
            what: format!("the PDF just written has {n} whole pages, not {expected}"),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixtures(dir: &str) -> Vec<(String, Vec<u8>)> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
        let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .filter(|e| e.file_name() != "README.md")
                    .map(|e| {
                        let bytes = std::fs::read(e.path()).unwrap_or_default();
                        (e.file_name().to_string_lossy().into_owned(), bytes)
                    })
                    .collect()
            })
            .unwrap_or_default();
        files.sort();
        files
    }

    #[test]
    fn the_evidence_fixtures_become_annex_pages() {
        let files = fixtures("../tests/fixtures/evidence");
        assert_eq!(
            files.len(),
            2,
            "{:?}",
            files.iter().map(|f| &f.0).collect::<Vec<_>>()
        );
        for (name, bytes) in files {
            assert_eq!(annex_round_trip(&bytes).ok(), Some(1), "{name}");
        }
    }

    /// Every file the fuzzer (fuzz/, `make fuzz`) found to crash, hang or write an unreadable
    /// PDF, kept under tests/fixtures/fuzz/annex/ once fixed: each now gives a readable annex
    /// of at least one page (a damaged file gets a page saying so).
    #[test]
    fn what_the_fuzzer_found_gives_a_readable_annex() {
        let files = fixtures("../tests/fixtures/fuzz/annex");
        assert!(!files.is_empty(), "tests/fixtures/fuzz/annex/ is empty");
        for (name, bytes) in files {
            let pages = annex_round_trip(&bytes);
            assert!(matches!(pages, Ok(n) if n >= 1), "{name}: {pages:?}");
        }
    }
}
