#!/usr/bin/env python3
"""Builds the code catalogues bundled with the desktop app from ../shared/data/codes.

Output: desktop-app/src/main/resources/catalogues/<catalogue>.csv with the columns
code,label_ca,label_es,parent_code,source. Run again when the shared data changes and bump
CATALOGUE_VERSION in cat.teixit.logic.catalogue.CatalogueSeeder. Labels missing in Spanish stay empty
(the app then shows the Catalan label): no translation is typed from memory here, except the rows
marked "Teixit" in their source.
"""
import csv
import os
import sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
codes = os.path.join(root, '..', 'shared', 'data', 'codes')
out = os.path.join(root, 'desktop-app', 'src', 'main', 'resources', 'catalogues')
os.makedirs(out, exist_ok=True)

def write(name, rows):
    with open(os.path.join(out, name + '.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['code', 'label_ca', 'label_es', 'parent_code', 'source'])
        seen = set()
        for r in rows:
            if r[0] in seen:
                continue
            seen.add(r[0])
            w.writerow(r)
    print(name, len(seen), file=sys.stderr)

hestia = {}
for r in csv.DictReader(open(os.path.join(codes, 'hestia_codis.csv'), encoding='utf-8')):
    hestia.setdefault(r['list'], []).append(r)

def from_hestia(name, lst, skip=()):
    rows = [(r['code'], r['name_ca'].replace("'", '’'), '', '', r['source']) for r in hestia[lst] if r['code'] not in skip]
    return rows

write('relationship', from_hestia('relationship', 'ConsultaExpedient.PersonaVinculada.TipusRelacio'))
tenure = from_hestia('housing_tenure', 'ConsultaExpedient.Habitatge.Regim')
tenure.append(('T1', 'Sense llar (viu al carrer)', 'Sin hogar (vive en la calle)', '',
               'Teixit addition: the domain lists street among housing situations; Hèstia marks it as transeünt'))
write('housing_tenure', tenure)
write('closing_reason', from_hestia('closing_reason', 'ConsultaExpedient.Expedient.MotiuTanca'))
write('case_origin', from_hestia('case_origin', 'ConsultaExpedient.Expedient.ProcedenciaDelCas', skip=('0',)))
write('risk_level', from_hestia('risk_level', 'ConsultaExpedient.Expedient.GrauRisc'))
write('civil_status', from_hestia('civil_status', 'ConsultaCiutada.informacioBasica.idEstatCivil'))
write('dependency_grade', from_hestia('dependency_grade', 'ConsultaCiutada.dependencia.grauDependencia'))
write('education_level', from_hestia('education_level', 'ConsultaCiutada.estudisIdiomes.idNivellFormacio'))
write('country', from_hestia('country', 'pais', skip=('0',)))
write('municipality', from_hestia('municipality', 'municipi', skip=('0',)))
write('language', from_hestia('language', 'llengua_materna', skip=('0',)))
write('employment', from_hestia('employment', 'activitat_laboral'))

# Resource types: the Cartera de serveis socials numbering, with the Spanish name of the matching
# Llei 12/2007 catalogue entry where the shared data matched one exactly.
llei = {r['code']: r['name_es'] for r in csv.DictReader(open(os.path.join(codes, 'cataleg_llei_12_2007.csv'), encoding='utf-8'))}
rows = []
for r in csv.DictReader(open(os.path.join(codes, 'cartera_serveis_socials.csv'), encoding='utf-8')):
    match = r['cataleg_llei_12_2007_code']
    es = llei.get(match, '') if match and not match.startswith('~') else ''
    rows.append((r['code'], r['name_ca'].replace("'", '’'), es.replace("'", '’'), r['parent_code'], r['source']))
write('resource_type', rows)

# Demand areas: the four basic benefits of SIUSS (names verified, numbering is only the page order).
rows = []
ca = {'1': 'Informació i orientació', '2': 'Ajuda a domicili i suport a la unitat de convivència',
      '3': 'Allotjament alternatiu', '4': 'Prevenció i inserció'}
for r in csv.DictReader(open(os.path.join(codes, 'siuss_recursos.csv'), encoding='utf-8')):
    rows.append((r['code'], ca[r['code']], r['name_es'], '', r['source'] + ' | Catalan label: Teixit translation'))
write('demand_area', rows)

# Problem categories of the InterSocial 2016 subset (English names verified; ca/es are our translations).
tr = {
    'Environment problem': ('Problemes de l’entorn', 'Problemas del entorno'),
    'Housing problem': ('Problemes d’habitatge', 'Problemas de vivienda'),
    'Financial problem': ('Problemes econòmics', 'Problemas económicos'),
    'Educational problem': ('Problemes educatius', 'Problemas educativos'),
    'Legal problem': ('Problemes legals', 'Problemas legales'),
    'Work problem': ('Problemes laborals', 'Problemas laborales'),
    'Family problems': ('Problemes familiars', 'Problemas familiares'),
    'Problems in relationships': ('Problemes relacionals', 'Problemas relacionales'),
    'Emotional well-being problems': ('Problemes de benestar emocional', 'Problemas de bienestar emocional'),
    'Health problems': ('Problemes de salut', 'Problemas de salud'),
}
rows = []
for i, r in enumerate(csv.DictReader(open(os.path.join(codes, 'intersocial_problem_categories_2016.csv'), encoding='utf-8')), 1):
    c, e = tr[r['category_en']]
    rows.append(('P%02d' % i, c, e, '', r['source'] + ' | ' + r['category_en'] + ' | ca/es: Teixit translation'))
write('problem_category', rows)
