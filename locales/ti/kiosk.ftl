app-name = Lotsen
choose-language = ቋንቋኹም ምረጹ
choose-this-language = ነዚ ቋንቋ እዚ ምረጹ
privacy-note = Lotsen ስምኩም፣ ውልቃዊ ቁጽሪ (personnummer) ወይ ካልእ ውልቃዊ ሓበሬታ ፈጺሙ ኣይሓትትን።
change-language = ቋንቋ
home = መጀመርታ
home-title = እንታይ ክትገብሩ ትደልዩ?
home-intro = ሓደ ኣርእስቲ ምረጹ። እንታይ ከም እትገብሩ ስጉምቲ ብስጉምቲ ከነርእየኩም ኢና።
category-e-id = ኤሌክትሮኒካዊ መንነት
category-banking = ባንክን ክፍሊትን
category-health = ሕክምናን ጥዕናን
category-public = መንግስታዊ ትካላትን ካልእ ኣገልግሎታትን
no-guides = ኣብዚ ገና መምርሒ የለን።
duration =
    { $n ->
        [one] ኣስታት { $n } ደቒቕ
       *[other] ኣስታት { $n } ደቓይቕ
    }
needs-title = ዘድልየኩም
start-guide = ጀምሩ
step-progress = ስጉምቲ { $current } ካብ { $total }
illustration = ነቲ ስጉምቲ ዘርኢ ስእሊ
tip = ምኽሪ
warning = መጠንቀቕታ
read-aloud = ብድምጺ ኣንብብ
stop-reading = ምንባብ ኣቋርጽ
back = ንድሕሪት
next = ዝቕጽል
finish = ተወዲኡ
ask-librarian = ንሰራሕተኛታት ሕተቱ
help-title = ክንሕግዘኩም ሕጉሳት ኢና
help-body = ናብ መደበር ሓበሬታ ኪዱ ወይ ንሓደ ካብ ሰራሕተኛታት ኢድኩም ኣልዕሉ። ኣብ ዝደለኹምዎ ግዜ ኣብዚ ክትቅጽሉ ትኽእሉ ኢኹም።
help-close = ተረዲኡኒ
finish-title = ጽቡቕ ገይርኩም! ነቲ መምርሒ ወዲእኩምዎ።
feedback-question = እዚ መምርሒ ሓጊዙኩም ድዩ?
feedback-thanks = ስለ መልስኹም ነመስግን!
feedback-anonymous = መልስኹም ብዘይ ስም እዩ።
yes = እወ
no = ኣይፋል
qr-title = ብናይ ባዕልኹም ሞባይል ቀጽሉ
qr-body = ነቲ ኮድ ብካሜራ ሞባይልኩም ስካን ግበሩዎ። ወግዓዊ መርበብ ሓበሬታ ናይቲ ኣገልግሎት ክኽፈት እዩ።
on-your-phone = ኣብ ተሌፎንካ
handout-qr-title = ነዚ መምርሒ ዓቅብ
handout-qr-body = ነቲ መምርሒ ከም ገጽ ንምሕታም ወይ ንምዕቃብ ነቲ ኮድ ስካን ግበር።
close = ዕጸው
start-over = ዛዝሙ
back-home = ናብ መጀመርታ
idle-title = ገና ኣብዚ ኣለኹም ዶ?
idle-countdown =
    { $n ->
        [one] እቲ ስክሪን ድሕሪ { $n } ካልኢት ክጸሪ እዩ።
       *[other] እቲ ስክሪን ድሕሪ { $n } ካልኢታት ክጸሪ እዩ።
    }
idle-continue = እወ፣ ገና ኣለኹ
idle-finish = ሕጂ ዛዝሙ
text-size = ዓቐን ጽሑፍ
contrast = ልዑል ፍልልይ ሕብሪ
# Practice steps: the simulated screen and the feedback.
practice-badge = ልምምድ – ብሓቂ ዝኸውን ነገር የለን
practice-screen-e-id = ኤሌክትሮኒካዊ መንነት
practice-screen-call = ዝኣቱ ጻውዒት
practice-right = ቅኑዕ!
practice-wrong = ምሉእ ብምሉእ ኣይኮነን
practice-try-again = ደጊምካ ፈትን
practice-choose-first = መጀመርታ ኣብ ስክሪን ልምምድ መልሲ ምረጽ።
practice-safe-answer = ቅኑዕ መልሲ
# "What you need": an item the visitor lacks, and the way back from the guide about getting it.
need-missing = እዚ የብለይን
return-to-guide = ናብ { $guide } ተመለስ
