"""Writes a registrant list as people register: unique addresses in random order, names in
Latin, accented Latin, Cyrillic, Greek, Chinese, Japanese and Arabic scripts, organisations with
commas, every status, consent yes or no; and an unsubscribe file of one address in a thousand.
Usage: python3 bench/real-order-registrants.py ROWS registrants.csv unsubscribed.csv"""
import csv
import random
import sys

rows, out, unsub = int(sys.argv[1]), sys.argv[2], sys.argv[3]
rnd = random.Random(23)
# (weight, first names, last names); addresses use the Latin spelling (slug) of each.
SCRIPTS = [
    (45, [("Anna", "anna"), ("Marco", "marco"), ("Claire", "claire"), ("Jan", "jan"), ("Ines", "ines")],
         [("Rossi", "rossi"), ("Martin", "martin"), ("Weber", "weber"), ("Silva", "silva"), ("Rossi, Jr", "rossi")]),
    (20, [("Zoë", "zoe"), ("Łukasz", "lukasz"), ("José", "jose"), ("Björn", "bjorn"), ("Çağla", "cagla")],
         [("Müller", "muller"), ("Gdańska", "gdanska"), ("Núñez", "nunez"), ("Dvořák", "dvorak"), ("Şahin", "sahin")]),
    (10, [("Иван", "ivan"), ("Ольга", "olga"), ("Дмитрий", "dmitri")],
         [("Петров", "petrov"), ("Смирнова", "smirnova"), ("Иванов", "ivanov")]),
    (8, [("Νίκος", "nikos"), ("Ελένη", "eleni")], [("Θεοδωρίδης", "theodoridis"), ("Παπαδοπούλου", "papadopoulou")]),
    (6, [("伟", "wei"), ("芳", "fang")], [("王", "wang"), ("李", "li")]),
    (4, [("花子", "hanako"), ("太郎", "taro")], [("田中", "tanaka"), ("佐藤", "sato")]),
    (7, [("محمد", "mohammed"), ("فاطمة", "fatima")], [("العلي", "alali"), ("حسن", "hassan")]),
]
WEIGHTS = [s[0] for s in SCRIPTS]
PLACES = [("Milano", "Italy"), ("Gdańsk", "Poland"), ("Θεσσαλονίκη", "Greece"), ("Wien", "Austria"),
          ("Lisboa", "Portugal"), ("Москва", "Russia"), ("東京", "Japan"), ("القاهرة", "Egypt")]
STATUSES = ["registered", "attended", "no-show", "waitlisted", "cancelled"]
STATUS_WEIGHTS = [30, 45, 15, 3, 7]
DOMAINS = ["example.org", "example.it", "comune.example.it", "uni.example.edu", "mail.example.com"]

numbers = rnd.sample(range(10_000_000), rows)
suppressed = []
with open(out, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\r\n")
    w.writerow(["Email", "First Name", "Last Name", "Organisation", "Job Title", "City", "Country",
                "Registration Time", "Status", "Consent"])
    for i, n in enumerate(numbers):
        script = rnd.choices(SCRIPTS, WEIGHTS)[0]
        first, fslug = rnd.choice(script[1])
        last, lslug = rnd.choice(script[2])
        email = f"{fslug}.{lslug}.{n}@{DOMAINS[n % len(DOMAINS)]}"
        if n % 7 == 0:
            email = email.capitalize()
        city, country = PLACES[n % len(PLACES)]
        seconds = i * 2
        when = f"2026-04-{1 + seconds // 86400 % 28:02d}T{seconds // 3600 % 24:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}Z"
        w.writerow([email, first, last, f"Organisation {n % 5000}, Unit {n % 7}", "Officer", city, country, when,
                    rnd.choices(STATUSES, STATUS_WEIGHTS)[0], "no" if rnd.random() < 0.08 else "yes"])
        if rnd.random() < 0.001:
            suppressed.append(email)
with open(unsub, "w", newline="", encoding="utf-8") as f:
    f.write("Email\r\n" + "".join(e + "\r\n" for e in suppressed))
