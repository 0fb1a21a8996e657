"""Case files written the way other lenders' systems export them (wording, column names and
orders, encodings, delimiters, BOMs, CRLF, money and date forms, Excel quirks made with openpyxl).

``write_lender_files(folder)`` writes them all and returns ``{file name: path}``; the tests in
``tests/integration/test_lender_files.py`` import each and check the stored values.
"""

import datetime as dt
from pathlib import Path

import openpyxl

_TEXT_FILES: list[tuple[str, str, str, str]] = []


def w(name, text, enc="utf-8", nl="\n"):
    _TEXT_FILES.append((name, text, enc, nl))

# --- headers / vocabularies ---
# UK lender: GBP, day-first dates, CRLF, BOM, forename/surname, postcode
w("uk_gbp.csv", """Agreement Number,Title,Forename,Surname,Address Line 1,Address Line 2,Town,County,Postcode,Arrears (£),Days in Arrears,Date Last Paid,Contact Preference
AG-5001,Mr,James,Wilson,12 High Street,Flat 2,Leeds,West Yorkshire,LS1 4AP,"£1,234.56",45,04/03/2026,weekday evenings
AG-5002,Mrs,Sarah,Taylor,8 Church Lane,,York,North Yorkshire,YO1 7HH,£987.00,95,25/02/2026,Sat AM
AG-5003,Ms,Emma,Brown,3 Mill Road,,Hull,East Riding,HU1 2AA,£-45.10,130,13/01/2026,after 5pm
""", enc="utf-8-sig", nl="\r\n")

# India: lakh separators, Rs., dd-mm-yyyy, pincode
w("in_inr.csv", """Loan Account No,Borrower Name,Residence Address,City,State,Pincode,Total Overdue (Rs.),DPD,EMI Due Date,Mobile No,Visit Slot
LN-88001,Ramesh Kumar,"14, MG Road, Indiranagar",Bengaluru,Karnataka,560038,"1,23,456.78",62,05-03-2026,9845012345,10 AM - 1 PM
LN-88002,Priya Sharma,"22 Park Street",Kolkata,West Bengal,700016,"Rs. 45,000",33,15-02-2026,9830098300,evening
LN-88003,Anil Gupta,"7 Civil Lines",Delhi,Delhi,110054,"₹ 2,50,000.00",120,28-01-2026,9810098100,Sunday morning
""")

# Mexico: ; cp1252, Calle/Número/Colonia/Municipio/Estado/C.P., MXN with $
w("mx_mxn.csv", """No. de Crédito;Nombre del Acreditado;Calle;Número;Colonia;Municipio;Estado;C.P.;Saldo Vencido;Moneda;Días de Atraso;Fecha Último Pago;Horario de Visita
MX-301;José Hernández López;Av. Insurgentes Sur;1234;Del Valle;Benito Juárez;Ciudad de México;03100;$12,345.60;MXN;45;04/03/2026;lunes a viernes de 9 a 14
MX-302;María Guadalupe Pérez;Calle Morelos;56;Centro;Guadalajara;Jalisco;44100;$8,900.00;MXN;95;28/02/2026;sábados por la mañana
MX-303;Juan Carlos Ramírez;Blvd. Díaz Ordaz;789;Santa María;Monterrey;Nuevo León;64650;$1,500.50;MXN;12;13/01/2026;después de las 6 pm
""", enc="cp1252", nl="\r\n")

# Colombia: COP no decimals, dot thousands, Departamento, Cédula
w("co_cop.csv", """Cédula,Nombres,Apellidos,Dirección,Barrio,Ciudad,Departamento,Valor en Mora,Días Mora,Fecha Vencimiento,Celular,Horario
1020304050,Andrés Felipe,Gómez Ruiz,Calle 45 # 12-30,Chapinero,Bogotá,Cundinamarca,"$ 1.234.567",45,4/03/2026,3001234567,L-V 8:00-12:00
1030405060,Luisa,Martínez,Carrera 70 # 1-20,Laureles,Medellín,Antioquia,"$ 850.000",95,15/02/2026,3109876543,sábado 9 a 12
1040506070,Camilo,Rojas,Av. 6N # 23-45,Granada,Cali,Valle del Cauca,"$ 12.500.000",200,13/01/2026,3204567890,tardes
""", enc="utf-8")

# Spain: ; cp1252, 1.234,56 €, fechas 4 mar 2026
w("es_eur.csv", """Nº Expediente;Titular;Domicilio;Código Postal;Población;Provincia;Importe Deuda;Fecha Impago;Teléfono;Horario de visita;Observaciones
EXP-7001;Carmen Ruiz Ortega;C/ Mayor 12, 3º B;28013;Madrid;Madrid;1.234,56 €;4 mar 2026;612345678;martes y jueves 16:00-18:00;llamar antes
EXP-7002;Francisco Javier Moreno;Av. de la Constitución 5;41004;Sevilla;Sevilla;987,00 €;15 feb 2026;655443322;por las tardes;
EXP-7003;Lucía Navarro;Passeig de Gràcia 80;08008;Barcelona;Barcelona;12.500,00 €;13 ene 2026;699887766;de lunes a viernes de 9:00 a 14:00;portero
""", enc="cp1252", nl="\r\n")

# China GBK: 元, 万, 年月日, 身份证号, 省份/城市/区县/详细地址
w("cn_gbk.csv", """合同编号,客户姓名,身份证号,省份,城市,区县,详细地址,逾期金额(元),逾期天数,最后还款日,联系电话,上门时间
HT-2026-001,张伟,110101199003071234,北京市,北京市,朝阳区,建国路88号SOHO现代城A座1201,"12,345.60",45,2026年3月4日,13800138000,工作日晚上7点后
HT-2026-002,王芳,310101198512124321,上海市,上海市,浦东新区,世纪大道100号,1.2万,95,2026年2月15日,13900139000,周六上午
HT-2026-003,李娜,440101199207081111,广东省,广州市,天河区,天河路385号,"￥8,800.00",130,2026年1月13日,13700137000,周一至周五 9:00-18:00
""", enc="gbk", nl="\r\n")

# Taiwan Big5 traditional
w("tw_big5.csv", """案件編號,客戶姓名,通訊地址,欠款金額,逾期天數,聯絡電話,預約時間
TW-01,陳志明,台北市信義區松仁路100號,"NT$45,000",60,0912345678,週六上午
TW-02,林美玲,新北市板橋區文化路一段1號,"NT$12,300",30,0922333444,平日晚上
""", enc="big5")

# Japan Shift-JIS
w("jp_sjis.csv", """顧客番号,氏名,住所,延滞金額,延滞日数,電話番号
JP-001,山田太郎,東京都新宿区西新宿2-8-1,"￥123,456",45,090-1234-5678
JP-002,佐藤花子,大阪府大阪市北区梅田1-1-1,"98,000円",95,080-2345-6789
""", enc="cp932")

# Korea EUC-KR short
w("kr_euckr.csv", """계좌번호,성명,주소,연체금액,연체일수,연락처
KR-01,김민수,서울특별시 강남구 테헤란로 152,"￦1,234,567",45,010-1234-5678
KR-02,이지은,부산광역시 해운대구 우동 1408,"850,000원",90,010-9876-5432
""", enc="euc_kr")

# Brazil (other vocab: pt) ; 1.234,56 R$
w("br_brl.csv", """Contrato;Nome do Cliente;Endereço;Bairro;Cidade;UF;CEP;Valor em Atraso;Dias em Atraso;Data de Vencimento;Telefone
BR-01;João da Silva;Rua das Flores, 123;Centro;São Paulo;SP;01001-000;R$ 1.234,56;45;04/03/2026;(11) 91234-5678
BR-02;Ana Souza;Av. Atlântica, 500;Copacabana;Rio de Janeiro;RJ;22010-000;R$ 987,00;95;15/02/2026;(21) 99876-5432
""", enc="cp1252")

# US pipe delimited with quoted numbers, dates Mar 4, 2026, trailing minus
w("us_pipe.txt", """LOAN_NBR|BORR_FIRST_NM|BORR_LAST_NM|PROP_ADDR|PROP_CITY|PROP_ST|PROP_ZIP|UPB_AMT|DLQ_DAYS|NEXT_DUE_DT|LAST_PMT_DT|LAST_PMT_AMT|HOME_PHONE
"0012345"|"ROBERT"|"MILLER"|"45 LAKE SHORE DR"|"CHICAGO"|"IL"|"60611"|"12,345.67"|"45"|"Mar 4, 2026"|"Feb 2, 2026"|"450.00"|"312-555-0101"
"0012346"|"PATRICIA"|"DAVIS"|"9 OCEAN AVE"|"MIAMI"|"FL"|"33139"|"987.00-"|"95"|"Jan 15, 2026"|"Dec 1, 2025"|"120.00"|"305-555-0102"
"0012347"|"MICHAEL"|"GARCIA"|"1200 MAIN ST"|"DALLAS"|"TX"|"75201"|"2,500.00"|"130"|"Dec 13, 2025"|""|""|"214-555-0103"
""")

# dates month-first ambiguous but whole-file evidence: US, 2026-03-04 iso, and a CSV with tab + UTF-16
w("us_tab_utf16.tsv", """Account Number\tDebtor Name\tAddress\tBalance Due\tDue Date\tCountry\tNotes
A-1\tKevin Lee\t"1 Elm St, Boston, MA 02108"\t$1,000.00\t03/04/2026\tUS\tfirst
A-2\tNancy White\t"2 Oak St, Boston, MA 02109"\t$2,000.00\t12/13/2026\tUS\t"multi
line note"
A-3\tGary Hall\t"3 Pine St, Boston, MA 02110"\t$3,000.00\t2026-03-04\tUS\t
""", enc="utf-16")

# day-first dates decided by another column: all ambiguous in one column, another column has 25/02
w("dayfirst_evidence.csv", """case_id,name,address,balance,currency,due_date,last_payment_date
D-1,Ana,Calle 1 Madrid,100.00,EUR,03/04/2026,25/02/2026
D-2,Luis,Calle 2 Madrid,200.00,EUR,05/06/2026,01/02/2026
D-3,Eva,Calle 3 Madrid,300.00,EUR,07/08/2026,02/02/2026
""")

# broken: ; with unbalanced quote and wrong field count, CRLF
w("broken_es.csv", """Expediente;Nombre;Dirección;Saldo;Días de mora
B-1;Pedro Sánchez;"Calle Luna 3, Madrid";100,50;30
B-2;"Rosa Díaz;Calle Sol 4, Madrid;200,00;40
B-3;Marta Gil;Calle Mar 5, Madrid;300,00;50
B-4;Jorge Ruiz;Calle Río 6;Madrid;400,00;60
B-5;Sara León;"Calle Nube 7
Madrid";500,00;70
""", enc="utf-8", nl="\r\n")

# windows phrasing file (en/es/zh)
w("windows_more.csv", """case_id,name,address,balance,currency,appointment
W-1,A,addr 1,1,USD,Mon/Wed/Fri 10am-12pm
W-2,B,addr 2,1,USD,Tuesdays after 5
W-3,C,addr 3,1,USD,weekends
W-4,D,addr 4,1,USD,evenings
W-5,E,addr 5,1,EUR,lunes a viernes después de las 18:00
W-6,F,addr 6,1,EUR,fines de semana por la mañana
W-7,G,addr 7,1,EUR,entre semana por la tarde
W-8,H,addr 8,1,EUR,sáb 10-13
W-9,I,addr 9,1,CNY,周末下午
W-10,J,addr 10,1,CNY,每天晚上
W-11,K,addr 11,1,CNY,周二、周四 14:00-17:00
W-12,L,addr 12,1,CNY,周一到周五上午
W-13,M,addr 13,1,USD,M-F 9am-5pm
W-14,N,addr 14,1,USD,Mon-Fri after 6pm
W-15,O,addr 15,1,EUR,L a V de 16 a 20 h
W-16,P,addr 16,1,EUR,lunes, miércoles y viernes 10:00-12:00
W-17,Q,addr 17,1,USD,Tue & Thu 4-6pm
W-18,R,addr 18,1,USD,anytime
W-19,S,addr 19,1,CNY,下午3点到5点
W-20,T,addr 20,1,EUR,mañanas
""")

# --- XLSX ---
def wb_summary_title_merged(out):
    wb = openpyxl.Workbook()
    s = wb.active; s.title = "Resumen"
    s["A1"] = "Cartera vencida — resumen"; s["A3"] = "Total casos"; s["B3"] = 3; s["A4"] = "Saldo total"; s["B4"] = 23456.7
    d = wb.create_sheet("Detalle")
    d["A1"] = "Banco Ejemplo S.A. — Cartera vencida"; d.merge_cells("A1:H1")
    d["A2"] = "Fecha de corte: 30/11/2026"
    hdr = ["Número de crédito", "Nombre del cliente", "Domicilio", "Estado", "Saldo", "Fecha de vencimiento", "Días de atraso", "Gestor"]
    d.append([]); d.append(hdr)
    rows = [["C-1", "Ana Torres", "Calle 1, CDMX", "CDMX", 12345.6, dt.datetime(2026, 3, 4), 45, "Luis"],
            ["C-2", "Beto Ruiz", "Calle 2, CDMX", None, 999.99, dt.datetime(2026, 2, 15), 95, None],
            ["C-3", "Cora Paz", "Calle 3, CDMX", None, 10111.11, dt.datetime(2026, 1, 13), 130, None]]
    for r in rows: d.append(r)
    d.merge_cells("D5:D7"); d.merge_cells("H5:H7")
    for row in d.iter_rows(min_row=5, max_row=7):
        row[4].number_format = '"$"#,##0.00'
        row[5].number_format = "dd/mm/yyyy"
    d.append(["Total", None, None, None, "=SUM(E5:E7)"])
    wb.save(out / "mx_summary_title_merged.xlsx")

def wb_currency_formats(out):
    wb = openpyxl.Workbook(); s = wb.active; s.title = "Accounts"
    s.append(["Acct #", "Name", "Street", "Town", "Postcode", "Balance", "Due"])
    s.append(["X1", "Al Green", "1 A St", "Leeds", "LS1 1AA", 1234.5, dt.date(2026, 3, 4)])
    s.append(["X2", "Bo Blue", "2 B St", "Leeds", "LS1 1AB", -50, dt.date(2026, 12, 1)])
    for row in s.iter_rows(min_row=2):
        row[5].number_format = '[$£-809]#,##0.00'
    wb.save(out / "gbp_numfmt.xlsx")

def wb_serial_text_dates_1904(out):
    wb = openpyxl.Workbook(); wb.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    s = wb.active; s.title = "Data"
    s.append(["Case ID", "Name", "Address", "Balance", "Currency", "Due Date", "Last payment date"])
    s.append(["S1", "A", "addr", 100, "JPY", dt.datetime(2026, 3, 4), 46000])
    s.append(["S2", "B", "addr", 200, "JPY", dt.datetime(2026, 2, 1), "2026/02/01"])
    wb.save(out / "jp_1904.xlsx")

def wb_krw_stale(out):
    wb = openpyxl.Workbook(); s = wb.active; s.title = "연체"
    s.append(["계좌번호", "성명", "주소", "연체금액", "연체일수"])
    s.append(["K1", "김민수", "서울 강남구", 1234567, 45])
    s.append(["K2", "이지은", "부산 해운대구", 850000, 90])
    wb.save(out / "kr.xlsx")

def wb_two_row_header(out):
    wb = openpyxl.Workbook(); s = wb.active; s.title = "Cases"
    s.append(["Customer", None, "Address", None, None, "Amounts", None])
    s.merge_cells("A1:B1"); s.merge_cells("C1:E1"); s.merge_cells("F1:G1")
    s.append(["ID", "Name", "Street", "City", "Postcode", "Balance", "DPD"])
    s.append(["T1", "Tom", "1 Road", "Leeds", "LS1 1AA", 100.5, 30])
    s.append(["T2", "Tim", "2 Road", "Leeds", "LS1 1AB", 200.5, 60])
    s.append([]); s.append(["Grand Total", None, None, None, None, 301, None])
    wb.save(out / "two_row_header.xlsx")



def write_lender_files(folder) -> dict[str, Path]:
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    for name, text, enc, nl in _TEXT_FILES:
        (out / name).write_bytes(text.replace("\n", nl).encode(enc))
    for make in (wb_summary_title_merged, wb_currency_formats, wb_serial_text_dates_1904, wb_krw_stale,
                 wb_two_row_header):
        make(out)
    return {p.name: p for p in out.iterdir()}
