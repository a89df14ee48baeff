-- The 22 sub-catalogues of the NMPA medical device classification catalogue (2017).
-- Names as published; English names are an informal translation. Kept as data so that an
-- administrator can correct a name without a release.
create table nmpa_subcatalogue (
  code varchar(2) primary key,
  name_zh varchar(100) not null,
  name_en varchar(200) not null,
  constraint nmpa_subcatalogue_code_digits check (code between '01' and '99')
);

insert into nmpa_subcatalogue (code, name_zh, name_en) values
  ('01', '有源手术器械', 'Active surgical instruments'),
  ('02', '无源手术器械', 'Passive (non-active) surgical instruments'),
  ('03', '神经和心血管手术器械', 'Neurological and cardiovascular surgical instruments'),
  ('04', '骨科手术器械', 'Orthopaedic surgical instruments'),
  ('05', '放射治疗器械', 'Radiotherapy devices'),
  ('06', '医用成像器械', 'Medical imaging devices'),
  ('07', '医用诊察和监护器械', 'Medical examination and monitoring devices'),
  ('08', '呼吸、麻醉和急救器械', 'Respiratory anaesthesia and emergency devices'),
  ('09', '物理治疗器械', 'Physical therapy devices'),
  ('10', '输血、透析和体外循环器械', 'Transfusion dialysis and extracorporeal circulation devices'),
  ('11', '医疗器械消毒灭菌器械', 'Disinfection and sterilisation devices for medical devices'),
  ('12', '有源植入器械', 'Active implantable devices'),
  ('13', '无源植入器械', 'Passive implantable devices'),
  ('14', '注输、护理和防护器械', 'Injection/infusion nursing and protective devices'),
  ('15', '患者承载器械', 'Patient support/transport devices'),
  ('16', '眼科器械', 'Ophthalmic devices'),
  ('17', '口腔科器械', 'Dental devices'),
  ('18', '妇产科、辅助生殖和避孕器械', 'Obstetric/gynaecological assisted-reproduction and contraceptive devices'),
  ('19', '医用康复器械', 'Medical rehabilitation devices'),
  ('20', '中医器械', 'Traditional Chinese medicine devices'),
  ('21', '医用软件', 'Medical software'),
  ('22', '临床检验器械', 'Clinical laboratory (testing) instruments');
