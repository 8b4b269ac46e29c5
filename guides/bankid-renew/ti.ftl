title = BankIDኻ ቀልጢፉ ግዜኡ ክውዳእ እዩ
summary = እቲ ኣረጊት ከይተቋረጸ ከሎ፡ ብግዜኡ ሓድሽ Mobilt BankID ብኸመይ ትረክብ።
# What to have ready: one item per line.
needs =
    ስማርት ስልክኻ
    ናብ ናይ ኢንተርነት ባንክኻ ናይ ምእታው መንገዲ፡ ንኣብነት ሕጂ ዘለካ BankID
    ቺፕ ዘለዎ ናይ ሽወደን ፓስፖርትካ ወይ ሃገራዊ መንነት ወረቐትካ

check-date =
    .title = BankIDኻ መዓስ ግዜኡ ከም ዝውዳእ ርአ
    .body = BankID ንገለ ዓመታት ይሰርሕ። ኣይናዋሕን እዩ። ኣብ ክንድኡ ሓድሽ ትረክብ። ናትካ መዓስ ግዜኡ ከም ዝውዳእ ኣብ ኣፕ BankID ርአ ወይ ንባንክኻ ሕተት።

act-in-time =
    .title = ነቲ ሓድሽ ብግዜ ርኸቦ
    .body = BankIDኻ ግዜኡ ክሳብ ዝውዳእ ኣይትጸበ። እቲ ኣረጊት ገና ክሰርሕ ከሎ ነቲ ሓድሽ ርኸቦ። ሽዑ ብእቲ ኣረጊት ናብ ባንክኻ ክትኣቱ ትኽእል።

check-phone =
    .title = ስልክኻ ኣረጋግጽ
    .body = ካብ መጋቢት 2026 ጀሚሩ ኣፕ BankID Android 9 ወይ ሓድሽ የድልዮ። ኣረጊት ናይ Android ስልኪ ኣለካ ድዩ፡ ንኣብነት ናይ ኣረጋውያን ስልኪ? እንተኾይኑ ሓድሽ ስልኪ ከድልየካ ይኽእል።
    .tip = ኣፕ BankID ኣብ ድኳን ኣፕስ ኣሐድሶ።

order-new =
    .title = ሓድሽ BankID ሕተት
    .body = ናብ ኣፕ ባንክኻ ወይ ናይ ኢንተርነት ባንክ እቶ። «Mobilt BankID» ምርካብ ምረጽ። ነቶም ባንክ ዘርእዮም ስጉምትታት ስዓብ።
    .tip = ኣይረኸብካዮን? ኣብቲ ባንክ ብኸመይ ከም ዝግበር ንባንክኻ ሕተት።

scan-id =
    .title = ፓስፖርትካ ወይ መንነት ወረቐትካ ስካን ግበር
    .body = እቲ ኣፕ ናይ ሽወደን ፓስፖርትካ ወይ ሃገራዊ መንነት ወረቐትካ ስካን ክትገብር ክሓተካ ይኽእል። ስልኪ ነቲ ኣብቲ ሰነድ ዘሎ ቺፕ የንብቦ። ነቶም ኣብቲ ኣፕ ዘለዉ ስእልታት ስዓብ።
    .tip = መንጃ ፍቓድ ነዚ ስካን ኣይሰርሕን።

notifications =
    .title = መጠንቀቕታታት (notifications) ወልዕ
    .body = ካብ ኣፕ BankID መጠንቀቕታታት ፍቐድ። ሽዑ ሓደ ሰብ ብስምካ BankID እንተረኺቡ ትርእዮ።

renew-yourself =
    .title = ሓድሽ BankIDኻ ባዕልኻ ርኸብ
    .body = ሓድሽ BankIDኻ ባዕልኻ ጥራይ ርኸብ፡ ኣብ ናይ ባንክኻ ኣፕ ወይ ናይ ኢንተርነት ባንክ። ካልእ ሰብ ስለ ዝሓተካ ፈጺምካ BankID ኣይትጠቐም፡ "ንምሕዳስ" እውን እንተኾነ። ባንክ ብBankID ክትኣቱ ክሓተካ ፈጺሙ ኣይድውለልካን።
    .warning = ስልኪ ዕጸው። ኣይትእቶ። ነቲ ዝደወለ ሰብ ኣይትእመኖ። («Lägg på. Logga inte in. Lita inte på den som ringer.»)
