"""Spellings of real names as the international press writes them, grouped into test runs.

Each case is one simulated run: a list of (family, spellings) clusters, one per person,
placed together so that the hard negatives (relatives, namesakes, similar names) meet.
Spellings go to two articles per person, one shared with other people of the case and one
of its own; "text@own" pins a spelling to the person's own article (a bare surname that
only its article decides), "text@x1" to a shared one (father and son named side by side).
"""

from __future__ import annotations

CURATED_CASES: dict[str, list[tuple[str, list[str]]]] = {
    "arabic_libya": [
        ("arabic", ["Muammar Gaddafi", "Moammar Qaddafi", "Muammar al-Qadhafi", "Mouammar Kadhafi",
                    "Moamer Kadhafi", "Muammar Gadhafi", "معمر القذافي", "Col. Muammar Gaddafi@own",
                    "Gaddafi@own"]),
        ("arabic", ["Saif al-Islam Gaddafi", "Saif al-Islam Qaddafi", "Seif el-Islam Kadhafi",
                    "Saif al-Islam al-Gaddafi"]),
        ("arabic", ["Khalifa Haftar", "Khalifa Hafter", "Khalifa Heftar", "Haftar"]),
    ],
    "arabic_egypt_syria": [
        ("arabic", ["Abdel Fattah el-Sisi", "Abdel Fattah al-Sisi", "Abd al-Fattah al-Sisi",
                    "Abdel Fattah Sisi", "Abdel-Fattah el-Sissi", "Sisi"]),
        ("arabic", ["Hosni Mubarak", "Husni Mubarak", "Hosny Moubarak", "Mubarak@own"]),
        ("arabic", ["Gamal Mubarak", "Gamal Moubarak"]),
        ("arabic", ["Bashar al-Assad", "Bashar Assad", "Bachar el-Assad", "Baschar al-Assad",
                    "بشار الأسد"]),
        ("arabic", ["Hafez al-Assad", "Hafiz al-Assad", "Hafez Assad"]),
    ],
    "arabic_gulf": [
        ("arabic", ["Mohammed bin Salman", "Muhammad bin Salman", "Mohamed ben Salmane",
                    "Mohammad bin Salman"]),
        ("arabic", ["Salman bin Abdulaziz", "Salman bin Abdul Aziz", "Salmane ben Abdelaziz"]),
        ("arabic", ["Mohammed bin Zayed", "Muhammad bin Zayed", "Mohamed bin Zayed"]),
        ("arabic", ["Tamim bin Hamad Al Thani", "Tamim bin Hamad al-Thani"]),
    ],
    "arabic_levant": [
        ("arabic", ["Hassan Nasrallah", "Hasan Nasrallah", "Hassan Nasrullah", "Nasrallah"]),
        ("arabic", ["Ismail Haniyeh", "Ismail Haniya", "Ismaïl Haniyeh", "Esmail Haniyeh",
                    "Haniyeh"]),
        ("arabic", ["Yahya Sinwar", "Yehia Sinwar", "Yahia Sinwar", "Sinwar"]),
        ("arabic", ["Mahmoud Abbas", "Mahmud Abbas", "Mahmoud Abas"]),
        ("arabic", ["Osama bin Laden", "Usama bin Ladin", "Oussama ben Laden", "Osama bin Ladin"]),
        ("arabic", ["Ayman al-Zawahiri", "Ayman al-Zawahri", "Aiman az-Zawahiri", "Zawahiri"]),
    ],
    "arabic_iraq": [
        ("arabic", ["Saddam Hussein", "Saddam Husayn", "Saddam Hussain", "صدام حسين"]),
        ("arabic", ["Uday Hussein", "Udai Hussein", "Odai Hussein"]),
        ("arabic", ["Nouri al-Maliki", "Nuri al-Maliki", "Nouri Maliki", "Maliki"]),
        ("arabic", ["Moqtada al-Sadr", "Muqtada al-Sadr", "Moktada Sadr", "Muqtada Sadr"]),
    ],
    "persian": [
        ("persian", ["Ali Khamenei", "Ali Khamene'i", "Ali Chamenei", "Ali Khameneï",
                     "Ayatollah Ali Khamenei", "علی خامنه‌ای"]),
        ("persian", ["Mojtaba Khamenei", "Mojtaba Chamenei", "Modschtaba Chamenei"]),
        ("persian", ["Ruhollah Khomeini", "Ruhollah Chomeini", "Rouhollah Khomeini",
                     "Ayatollah Ruhollah Khomeini"]),
        ("persian", ["Ebrahim Raisi", "Ibrahim Raisi", "Ebrahim Raeisi", "Ebrahim Raïssi",
                     "Raisi"]),
    ],
    "persian_government": [
        ("persian", ["Hassan Rouhani", "Hasan Rohani", "Hassan Ruhani", "Hassan Rohani",
                     "Rouhani"]),
        ("persian", ["Mohammad Javad Zarif", "Mohammed Javad Zarif", "Mohamad Jawad Zarif",
                     "Javad Zarif", "Zarif"]),
        ("persian", ["Mahmoud Ahmadinejad", "Mahmud Ahmadinedschad", "Mahmoud Ahmadinejad",
                     "Mahmoud Ahmadinéjad", "Ahmadinejad"]),
        ("persian", ["Qasem Soleimani", "Qassem Soleimani", "Ghasem Soleimani",
                     "Kassem Suleimani", "Soleimani"]),
        ("persian", ["Masoud Pezeshkian", "Masud Pezeshkian", "Massoud Pezeshkian"]),
    ],
    "chinese": [
        ("chinese", ["Xi Jinping", "Xi Jin-ping", "Xi Jin Ping", "习近平", "President Xi Jinping",
                     "Xi"]),
        ("chinese", ["Li Keqiang", "Li Ke-qiang", "李克强", "Premier Li Keqiang"]),
        ("chinese", ["Li Qiang", "李强", "Premier Li Qiang"]),
        ("chinese", ["Wang Yi", "王毅", "Foreign Minister Wang Yi"]),
        ("chinese", ["Wang Wenbin", "Wang Wen-bin", "汪文斌"]),
    ],
    "chinese_history": [
        ("chinese", ["Hu Jintao", "Hu Jin-tao", "胡锦涛", "Hu"]),
        ("chinese", ["Wen Jiabao", "Wen Jia-bao", "温家宝"]),
        ("chinese", ["Tsai Ing-wen", "Tsai Ingwen", "Tsai Ing Wen", "Tsai"]),
        ("chinese", ["Zhou Enlai", "Zhou En-lai", "周恩来"]),
    ],
    "korean": [
        ("korean", ["Kim Jong Un", "Kim Jong-un", "Kim Jong-Un", "김정은", "Kim Jongun"]),
        ("korean", ["Kim Jong Il", "Kim Jong-il", "김정일"]),
        ("korean", ["Kim Yo Jong", "Kim Yo-jong", "김여정"]),
        ("korean", ["Kim Il Sung", "Kim Il-sung", "김일성"]),
    ],
    "korean_south": [
        ("korean", ["Moon Jae-in", "Moon Jae In", "Moon Jaein", "문재인", "Moon"]),
        ("korean", ["Yoon Suk Yeol", "Yoon Suk-yeol", "윤석열", "Yoon"]),
        ("korean", ["Lee Jae-myung", "Lee Jae Myung", "이재명"]),
        ("korean", ["Park Geun-hye", "Park Geun Hye", "박근혜", "Park"]),
    ],
    "diacritics_latin": [
        ("diacritics", ["Felipe Calderón", "Felipe Calderon", "Calderón", "Calderon"]),
        ("diacritics", ["Recep Tayyip Erdoğan", "Recep Tayyip Erdogan", "Tayyip Erdogan",
                        "Erdoğan", "Erdogan"]),
        ("diacritics", ["Pedro Sánchez", "Pedro Sanchez"]),
        ("diacritics", ["Sebastián Piñera", "Sebastian Pinera", "Piñera"]),
        ("diacritics", ["Viktor Orbán", "Viktor Orban", "Orbán"]),
    ],
    "diacritics_europe": [
        ("diacritics", ["Lech Wałęsa", "Lech Walesa", "Wałęsa"]),
        ("diacritics", ["Aleksandar Vučić", "Aleksandar Vucic", "Vučić"]),
        ("diacritics", ["Jean-Luc Mélenchon", "Jean-Luc Melenchon", "Jean Luc Melenchon",
                        "Mélenchon"]),
        ("diacritics", ["François Hollande", "Francois Hollande", "Hollande"]),
        ("diacritics", ["Ursula von der Leyen", "Ursula Von der Leyen", "von der Leyen"]),
        ("diacritics", ["Zoran Đinđić", "Zoran Djindjic", "Zoran Dschindschitsch"]),
    ],
    "initials_us": [
        ("initials", ["George W. Bush", "George Walker Bush", "President George W. Bush",
                      "Bush@own"]),
        ("initials", ["George H. W. Bush", "George H.W. Bush", "George Herbert Walker Bush"]),
        ("initials", ["Jeb Bush", "Jeb Bush"]),
        ("initials", ["John F. Kennedy", "John Fitzgerald Kennedy", "President John F. Kennedy"]),
        ("initials", ["Robert F. Kennedy Jr.", "Robert F. Kennedy Jr", "Robert Kennedy Jr."]),
    ],
    "initials_father_son": [
        ("initials", ["Donald J. Trump@x1", "Donald Trump@x1", "Trump@x1"]),
        ("initials", ["Donald Trump Jr.@x1", "Donald Trump Jr@x2", "Donald J. Trump Jr.@x3"]),
        ("initials", ["Joseph R. Biden Jr.", "Joe Biden", "Joseph Biden", "President Biden"]),
        ("initials", ["Hunter Biden", "Hunter Biden"]),
    ],
    "nicknames": [
        ("nickname", ["William J. Clinton", "Bill Clinton", "William Jefferson Clinton",
                      "Bill Clinton"]),
        ("nickname", ["Hillary Clinton", "Hillary Rodham Clinton", "Hillary R. Clinton"]),
        ("nickname", ["Antony Blinken", "Tony Blinken", "Antony J. Blinken", "Blinken"]),
        ("nickname", ["Michael R. Pompeo", "Mike Pompeo", "Pompeo"]),
        ("nickname", ["Robert Menendez", "Bob Menendez"]),
    ],
    "common_surnames": [
        ("common", ["David Cameron", "David Cameron", "Cameron@own"]),
        ("common", ["James Cameron", "James Cameron"]),
        ("common", ["Gordon Brown", "Gordon Brown@own", "Brown@own"]),
        ("common", ["Michael Brown", "Michael Brown"]),
        ("common", ["Theresa May", "Theresa May"]),
    ],
}
