title = ብBankID እቶ
summary = ብኸመይ ብMobilt BankID ትኣቱ፡ ኮድ QR ስካን ግበር፡ እቲ ጽሑፍ ኣንብብ፡ ናይ ድሕንነት ኮድካ ጽሓፍ።
# What to have ready: one item per line.
needs =
    Mobilt BankID ዘለዎ ስልክኻ
    ናይ ድሕንነት ኮድካ (säkerhetskod)
    ክትኣትዎ እትደሊ ኣገልግሎት፡ ኣብ ኮምፒተር ወይ ታብለት

choose-bankid =
    .title = BankID ምረጽ
    .body = ናብቲ ክትኣትዎ እትደሊ ኣገልግሎት ኪድ። ብBankID ምእታው ምረጽ። ሽዑ ኣብ ስክሪን ኮድ QR ይርአ።

moving-qr =
    .title = ኮድ QR ይንቀሳቐስ
    .body = ኮድ QR ብቐጻሊ ይቕየር። ከምኡ ክኸውን ኣለዎ። ንስኻን እቲ ስክሪንን ኣብ ሓደ ቦታ ከም ዘለኹም የርኢ።
    .warning = ካልእ ሰብ ዝለኣኸልካ ኮድ QR ፈጺምካ ስካን ኣይትግበር።

open-app =
    .title = ኣፕ BankID ክፈትን ስካን ግበርን
    .body = ኣብ ስልክኻ ኣፕ BankID ክፈት። ኮድ QR ስካን ምግባር ምረጽ። ካሜራ ነቲ ኣብ ስክሪን ዘሎ ኮድ ክትርእዮ ስልኪ ሓዞ።

check-text =
    .title = ኣበይ ትኣቱ ከም ዘለኻ ኣንብብ
    .body = እቲ ኣፕ ኣበይ ትኣቱ ወይ እንታይ ትፍርም ከም ዘለኻ የርኢ። ነቲ ጽሑፍ ብጥንቃቐ ኣንብቦ። እዚ ባዕልኻ ዝጀመርካዮ ድዩ?
    .warning = ኣይሰማማዕን ድዩ ወይ ርግጸኛ ኣይኮንካን? ሰርዞ።

security-code =
    .title = ናይ ድሕንነት ኮድካ ጽሓፍ
    .body = ኣብቲ ኣፕ ናይ ድሕንነት ኮድካ ጽሓፍ። ድሕሪኡ ክትኣቱ ከለኻ «Legitimera» (መንነት ምርግጋጽ)፡ ክትፍርም ከለኻ ድማ «Signera» (ፌርማ) ጠውቕ።

back-to-screen =
    .title = ከም ብሓድሽ ናብ ስክሪን ርአ
    .body = ሕጂ ናብቲ ኣገልግሎት ኣቲኻ ኣለኻ። ጉዳይካ ፈጽም። ምስ ወዳእካ ውጻእ።
    .tip = ካልኦት ሰባት እውን ነዚ ኮምፒተር ይጥቀሙሉ ድዮም? ቅድሚ ምኻድካ ኩሉ ግዜ ውጻእ።

only-your-own =
    .title = ባዕልኻ ክትደሊ ከለኻ ጥራይ እቶ
    .body = ካልእ ሰብ ብስልኪ፡ ብመልእኽቲ ወይ ብኢመይል ስለ ዝሓተካ ፈጺምካ BankID ኣይትጠቐም። ኮድታትካ ንዝኾነ ሰብ ኣይትሃብ። ባንክ ብBankID ክትኣቱ ክሓተካ ፈጺሙ ኣይድውለልካን።
    .warning = ስልኪ ዕጸው። ኣይትእቶ። ነቲ ዝደወለ ሰብ ኣይትእመኖ። («Lägg på. Logga inte in. Lita inte på den som ringer.»)
