# ኩነት ላይብረሪያን (ንሰራሕተኛታት ጥራይ)። ንድፊ ትርጉም።
librarian-title = ኩነት ላይብረሪያን
librarian-cancel = ሰርዝ
pin-erase = ሓደ ቁጽሪ ደምስስ
pin-ok = ክፈት
pin-enter = ምስጢራዊ ቁጽሪ ላይብረሪያን ኣእቱ።
pin-wrong =
    { $n ->
        [one] ጌጋ ቁጽሪ። ቅድሚ ምዕጻዉ { $n } ፈተነ ተሪፉ።
       *[other] ጌጋ ቁጽሪ። ቅድሚ ምዕጻዉ { $n } ፈተነታት ተሪፎም።
    }
pin-locked =
    { $n ->
        [one] ብዙሕ ጌጋ ቁጽርታት። ድሕሪ { $n } ደቒቕ እንደገና ፈትን።
       *[other] ብዙሕ ጌጋ ቁጽርታት። ድሕሪ { $n } ደቓይቕ እንደገና ፈትን።
    }
pin-checking = ምስጢራዊ ቁጽሪ ይምርመር ኣሎ …
pin-not-set = ምስጢራዊ ቁጽሪ ላይብረሪያን ኣይተዳለወን። ኣብ ኮምፒተር ኪዮስክ በዚ ትእዛዝ ኣዳልዎ: lotsen set-pin
librarian-close = ዕጸው
librarian-quit = ካብ ኪዮስክ ውጻእ
librarian-tab-overview = ሓፈሻዊ
librarian-tab-languages = ቋንቋታት
librarian-tab-settings = ቅጥዕታት
librarian-tab-print = ሕተም
librarian-assisted = ነዚ በጻሒ ሓጊዘዮ
librarian-assisted-done = ተመዝጊቡ: ነዚ በጻሒ ሓጊዘዮ
librarian-today = ሎሚ
librarian-week = ዝሓለፉ 7 መዓልታት
librarian-sync = ማእከል ስታቲስቲክስ
librarian-coverage = መምርሒታት ብቋንቋ
librarian-log-unreadable = መዝገብ ኣጠቓቕማ ክንበብ ኣይከኣለን (መዝገብ ኪዮስክ ርአ)።
librarian-no-log = ኣብዚ ኪዮስክ መዝገብ ኣጠቓቕማ የለን።
librarian-sessions = በጻሕቲ
librarian-completed = ዝተወድኡ መምርሒታት
librarian-help-asked = ሓገዝ ዝሓተቱ
librarian-assisted-count = ብሰራሕተኛታት ዝተሓገዙ
librarian-top-guides = ብዙሕ ዝተኸፍቱ መምርሒታት (ዝተኸፍቱ / ዝተወድኡ)
librarian-languages = ዝተመርጹ ቋንቋታት
librarian-hub = ማእከል
librarian-no-hub = የለን: ስታቲስቲክስ ኣብዚ ኪዮስክ ይተርፍ
librarian-last-sync = ናይ መወዳእታ ዝተላእከ
librarian-never = ፈጺሙ
librarian-pending = ክለኣኽ ዝጽበ
librarian-problem = ናይ መወዳእታ ጸገም
librarian-no-problem = የለን
librarian-coverage-value = { $reviewed } ዝተገምገመ፣ { $draft } ንድፊ
settings-save = ቅጥዕታት ዓቅብ
settings-saved = ተዓቂቡ። ለውጥታት ሕጂ ይሰርሑ ኣለዉ።
settings-not-saved = ኣይተዓቀበን:
settings-no-data-dir = እዚ ኪዮስክ ቅጥዕታት ዝዕቀበሉ ናይ ዳታ ማህደር የብሉን
settings-idle-timeout = ሓደ እኳ ምስ ዘይተንከፎ ስክሪን ኣጽሪ ድሕሪ
settings-seconds =
    { $n ->
        [one] { $n } ካልኢት
       *[other] { $n } ካልኢታት
    }
settings-shorter = ሓጺር
settings-longer = ነዊሕ
settings-text-size = ዓቐን ጽሑፍ ንነፍሲ ወከፍ ሓድሽ በጻሒ
text-size-0 = ንቡር
text-size-1 = ዓቢ
text-size-2 = ኣዝዩ ዓቢ
settings-kiosk-name = ስም ኪዮስክ ኣብ ስታቲስቲክስ
settings-hub-url = ኣድራሻ ማእከል ስታቲስቲክስ
settings-hub-token = ቶከን ማእከል
settings-not-set = ኣይተዳለወን
settings-change = ቀይር
settings-languages = ቋንቋታት ኣብ ቀዳማይ ስክሪን ብስርዓት (ቀዳማይ ነባሪ እዩ)
settings-default-language = ነባሪ
settings-shown = ይርአ
settings-hidden = ተሓቢኡ
settings-move-up = ንላዕሊ
settings-move-down = ንታሕቲ
settings-one-language = እንተወሓደ ሓደ ቋንቋ ክርአ ኣለዎ።
keyboard-title = መጽሓፊ ሰሌዳ
keyboard-capitals = ABC
keyboard-erase = ደምስስ
keyboard-done = ተወዲኡ
print-this-guide = ነዚ መምርሒ ሕተም
print-choose = ወይ ብዚ ቋንቋ ዝሕተም መምርሒ ምረጽ:
print-printer = መሕተሚ: { $printer }
print-no-printer = መሕተሚ ኣይተዳለወን: መምርሒታት ከም PDF ፋይላት ኣብ { $dir } ይዕቀቡ
print-unavailable = ምሕታም ኣብዚ ኣይከኣልን።
print-preparing = ንምሕታም ይዳሎ ኣሎ…
print-sent = ናብ መሕተሚ { $printer } ተላኢኹ።
print-saved = ከም { $path } ተዓቂቡ
print-failed = ኣይተሓትመን: { $reason }።
