# Sourced by the benchmarks: a registrant list as real ones arrive, in the order people
# registered. Addresses in random order (no sorted or numbered pattern), names in a mix of
# scripts (plain and accented Latin, Cyrillic, Greek, Chinese and Japanese, Arabic) with the
# address spelled in Latin letters, some addresses capitalised; organisations with quoted
# commas; countries by name or code; registration times rising through the list; a mix of
# statuses and of consent answers (yes, no, sì, true, none). Every address is unique once
# trimmed and lower-cased, and every row is valid, so an import stores all ROWS rows.
# Usage: registrant_list ROWS FILE
registrant_list() {
  LC_ALL=C awk -v rows="$1" 'BEGIN {
    srand(42)
    print "Email,First Name,Last Name,Organisation,Job Title,City,Country,Registration Time,Status,Consent"
    # Each script: first names, last names (shown), and the same in Latin letters for the address.
    s = 0
    script[++s] = "Anna Marco Giulia Luca Sofia Paolo Elena Piotr Maria Nikos Jan Ana Claire Lena Tomas Omar|Rossi Bianchi Kowalski Nowak Silva Martin Weber Huber Costa Ferrari Russo Romano Ricci Greco Bruno Smith|"; share[s] = 55
    script[++s] = "José Zoë Łukasz Çağla Søren Anaïs Jürgen François Małgorzata Dušan Íñigo Åsa|Müller Gonçalves Dvořák Østergaard Wójcik Šimić Núñez Lefèvre Björk Özdemir Brontë Ibáñez|Jose Zoe Lukasz Cagla Soren Anais Jurgen Francois Malgorzata Dusan Inigo Asa|Muller Goncalves Dvorak Ostergaard Wojcik Simic Nunez Lefevre Bjork Ozdemir Bronte Ibanez"; share[s] = 15
    script[++s] = "Иван Ольга Дмитрий Наталья Сергей Анна Алексей Елена|Иванов Петрова Смирнов Кузнецова Попов Соколова Лебедев Новикова|Ivan Olga Dmitry Natalya Sergey Anna Alexey Elena|Ivanov Petrova Smirnov Kuznetsova Popov Sokolova Lebedev Novikova"; share[s] = 8
    script[++s] = "Νίκος Ελένη Γιώργος Μαρία Δημήτρης Κατερίνα|Παπαδόπουλος Γεωργίου Οικονόμου Αντωνίου Νικολάου Ιωάννου|Nikos Eleni Giorgos Maria Dimitris Katerina|Papadopoulos Georgiou Oikonomou Antoniou Nikolaou Ioannou"; share[s] = 7
    script[++s] = "伟 芳 娜 敏 静 翔太 陽菜 蓮|王 李 张 刘 陈 佐藤 鈴木 高橋|wei fang na min jing shota hina ren|wang li zhang liu chen sato suzuki takahashi"; share[s] = 8
    script[++s] = "محمد فاطمة أحمد مريم علي ليلى|العلي حسن إبراهيم الخطيب منصور سعيد|mohammed fatima ahmed maryam ali layla|alali hassan ibrahim alkhatib mansour saeed"; share[s] = 7
    for (k = 1; k <= s; k++) {
      split(script[k], part, "|")
      nf[k] = split(part[1], fn, " "); nl[k] = split(part[2], ln, " ")
      if (part[3] == "") { part[3] = part[1]; part[4] = part[2] }
      split(part[3], fa, " "); split(part[4], la, " ")
      for (j = 1; j <= nf[k]; j++) { first[k, j] = fn[j]; firstA[k, j] = tolower(fa[j]) }
      for (j = 1; j <= nl[k]; j++) { last[k, j] = ln[j]; lastA[k, j] = tolower(la[j]) }
    }
    nc = split("Milano Roma Torino Gdańsk Θεσσαλονίκη Wien Lisboa Paris Москва 東京 القاهرة São~Paulo", c, " ")
    split("Italy IT Italy Poland Greece Austria Portugal France Russia Japan Egypt Brazil", k2, " ")
    nd = split("example.org mail.example.com uni-example.edu example.co.uk posta.example.it", dom, " ")
    nj = split("Officer Researcher Director Policy~Analyst Coordinator Student Consultant", job, " ")
    start = 1777000000  # 2026-04-24: registrations rise from here, a few seconds apart
    for (i = 1; i <= rows; i++) {
      x = rand() * 100; for (k = 1; k < s && x >= share[k]; k++) x -= share[k]
      a = int(rand() * nf[k]) + 1; b = int(rand() * nl[k]) + 1; r = int(rand() * 1000000); j = int(rand() * nc) + 1
      local = firstA[k, a] "." lastA[k, b] "." r "." i
      if (r % 9 == 0) local = toupper(substr(local, 1, 1)) substr(local, 2)
      x = r % 100
      status = x < 80 ? "Registered" : x < 88 ? "Waitlisted" : x < 94 ? "Cancelled" : x < 97 ? "Attended" : "No-show"
      x = (r / 100) % 10
      consent = x < 5 ? "yes" : x < 8 ? "no" : x < 9 ? "" : (r % 2 ? "sì" : "true")
      start += 1 + int(rand() * 4)
      jt = job[int(rand() * nj) + 1]; gsub("~", " ", jt); city = c[j]; gsub("~", " ", city)
      printf "%s@%s,%s,%s,\"Organisation %d, Unit %d\",%s,%s,%s,%s,%s,%s\n",
        local, dom[r % nd + 1], first[k, a], last[k, b], r % 5000, r % 7, jt, city, k2[j],
        strftime("%Y-%m-%dT%H:%M:%SZ", start, 1), status, consent
    }
  }' > "$2"
}
