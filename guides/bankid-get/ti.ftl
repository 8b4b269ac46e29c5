title = Mobilt BankID ርኸብ
summary = ብኸመይ ብመገዲ ባንክኻ Mobilt BankID (BankID ኣብ ሞባይል) ትረክብ።
# What to have ready: one item per line.
needs =
    ናይ ሽወደን ውልቃዊ ቁጽሪ መንነትካ (personnummer)
    ኣብ BankID ዝህብ ባንክ ሕሳብ
    ስማርት ስልኪ
    ናይ ሽወደን ፓስፖርትካ ወይ ሃገራዊ መንነት ወረቐትካ፡ ወይ ናብ ጨንፈር ባንክኻ ምብጻሕ

ask-your-bank =
    .title = BankID ካብ ባንክኻ ትረክቦ
    .body = BankID ብመገዲ ናይ ባዕልኻ ባንክ ኢኻ ትረክቦ። ናይ ሽወደን ውልቃዊ ቁጽሪ መንነትን BankID ዝህብ ባንክን የድልየካ። ከምዚ ዝበለ ባንክ የብልካን? እንተኾይኑ Freja+ ክሰማማዓካ ይኽእል።
    .tip = ዕድሜኻ ትሕቲ 18 ድዩ? እንተኾይኑ ሓላዊኻ BankID ንኽትረክብ ክሰማማዕ ኣለዎ።

install-app =
    .title = ኣፕ BankID ኣውርድ
    .body = ኣብ ስልክኻ ድኳን ኣፕስ ክፈት። BankID ድለ። ነቲ ኣፕ ኣእትዎ።
    .tip = ካብ መጋቢት 2026 ጀሚሩ እቲ ኣፕ Android 9 ወይ iOS 16 ወይ ሓድሽ የድልዮ። ኣረጊት ስልክታት BankID ክጥቀሙ ኣይክእሉን እዮም።

choose-bank =
    .title = ኣፕ ባንክኻ ክፈት
    .body = ናብ ኣፕ ባንክኻ ወይ ናይ ኢንተርነት ባንክ እቶ። «Mobilt BankID» ምርካብ ምረጽ። ድሕሪኡ ነቶም ባንክ ዘርእዮም ስጉምትታት ስዓብ።
    .tip = ኣይረኸብካዮን? ኣብቲ ባንክ ብኸመይ ከም ዝግበር ንባንክኻ ሕተት።

scan-id =
    .title = ፓስፖርትካ ወይ መንነት ወረቐትካ ስካን ግበር
    .body = እቲ ኣፕ ናይ ሽወደን ፓስፖርትካ ወይ ሃገራዊ መንነት ወረቐትካ ስካን ክትገብር ክሓተካ ይኽእል። ስልኪ ነቲ ኣብቲ ሰነድ ዘሎ ቺፕ የንብቦ። ነቶም ኣብቲ ኣፕ ዘለዉ ስእልታት ስዓብ።
    .tip = መንጃ ፍቓድ ንስካን ኣይሰርሕን። ናይ ሽወደን ፓስፖርት ወይ ሃገራዊ መንነት ወረቐት የብልካን? ናብ ሓደ ጨንፈር ባንክኻ ኪድ።

security-code =
    .title = ናይ ድሕንነት ኮድ ምረጽ
    .body = ንBankIDኻ ናይ ድሕንነት ኮድ (säkerhetskod) ምረጽ። ንስኻ ጥራይ እትፈልጦ ኮድ ምረጽ። ብBankID ክትኣቱ ወይ ክትፍርም ከለኻ ነቲ ኮድ ትጥቀመሉ።
    .warning = ኮድካ ንዝኾነ ሰብ ኣይትሃብ። ባንክ ፈጺሙ ኣይሓተካን እዩ።

notifications =
    .title = መጠንቀቕታታት (notifications) ወልዕ
    .body = ካብ ኣፕ BankID መጠንቀቕታታት ፍቐድ። ሽዑ ሓደ ሰብ ብስምካ BankID እንተረኺቡ ትርእዮ።
    .tip = BankID ንገለ ዓመታት ይሰርሕ። ድሕሪኡ ሓድሽ ትረክብ። ኣይናዋሕን እዩ።

never-share-codes =
    .title = BankIDኻ ናትካ ጥራይ እዩ
    .body = ዝደወለልካ ወይ መልእኽቲ ዝሰደደልካ ሰብ ስለ ዝሓተካ ፈጺምካ BankID ኣይትጠቐም። ባንክኻ ብBankID ክትኣቱ ወይ ኮድ ክትህብ ንምሕታት ፈጺሙ ኣይድውለልካን። ፖሊስ ብBankID መንነትካ ከተረጋግጽ ንምሕታት ፈጺሙ ኣይድውለልካን።
    .warning = ስልኪ ዕጸው። ኣይትእቶ። ነቲ ዝደወለ ሰብ ኣይትእመኖ። («Lägg på. Logga inte in. Lita inte på den som ringer.»)
