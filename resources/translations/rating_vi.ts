<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>ChoicePage</name>
    <message>
        <location filename="../../desktop_app/ui/rating/pages.py" line="110"/>
        <source>How satisfied are you with our service?</source>
        <translation>Quý khách có hài lòng với sự phục vụ của chúng tôi?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rating/pages.py" line="130"/>
        <source>Ticket {number}</source>
        <translation>Số thứ tự {number}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rating/pages.py" line="132"/>
        <source>Dossier {code}</source>
        <translation>Hồ sơ {code}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rating/pages.py" line="134"/>
        <source>Officer: {name}</source>
        <translation>Cán bộ: {name}</translation>
    </message>
</context>
<context>
    <name>RatingPage</name>
    <message>
        <location filename="../../desktop_app/ui/rating/window.py" line="69"/>
        <source>Counter {number}</source>
        <translation>Quầy số {number}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rating/window.py" line="75"/>
        <source>Thank you for using our services</source>
        <translation>Cảm ơn quý khách đã sử dụng dịch vụ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rating/window.py" line="76"/>
        <source>After you are served, please rate us here.</source>
        <translation>Sau khi được phục vụ, mời quý khách đánh giá tại đây.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rating/window.py" line="84"/>
        <source>Thank you!</source>
        <translation>Xin cảm ơn quý khách!</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rating/window.py" line="84"/>
        <source>Your rating helps us serve you better.</source>
        <translation>Ý kiến của quý khách giúp chúng tôi phục vụ tốt hơn.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rating/window.py" line="147"/>
        <source>Connection lost — reconnecting…</source>
        <translation>Mất kết nối — đang kết nối lại…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rating/window.py" line="187"/>
        <source>The rating could not be saved. Please try again.</source>
        <translation>Chưa lưu được đánh giá. Xin vui lòng thử lại.</translation>
    </message>
</context>
<context>
    <name>RatingStation</name>
    <message>
        <location filename="../../desktop_app/ui/rating/pages.py" line="86"/>
        <source>Very satisfied</source>
        <extracomment>The colour of each level&apos;s button: green, blue, red.</extracomment>
        <translation>Rất hài lòng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rating/pages.py" line="87"/>
        <source>Satisfied</source>
        <translation>Hài lòng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rating/pages.py" line="88"/>
        <source>Dissatisfied</source>
        <translation>Không hài lòng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rating/pages.py" line="94"/>
        <source>Waited too long</source>
        <translation>Thời gian chờ đợi lâu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rating/pages.py" line="95"/>
        <source>Officer was not courteous</source>
        <translation>Thái độ cán bộ chưa tốt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rating/pages.py" line="96"/>
        <source>Guidance was unclear</source>
        <translation>Hướng dẫn chưa rõ ràng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rating/pages.py" line="97"/>
        <source>Had to come back several times</source>
        <translation>Phải đi lại nhiều lần</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rating/pages.py" line="98"/>
        <source>Result was late</source>
        <translation>Trả kết quả chậm</translation>
    </message>
</context>
<context>
    <name>ReasonPage</name>
    <message>
        <location filename="../../desktop_app/ui/rating/pages.py" line="147"/>
        <source>Please tell us why</source>
        <translation>Xin quý khách cho biết lý do</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rating/pages.py" line="160"/>
        <source>Other reason (type here)</source>
        <translation>Lý do khác (nhập tại đây)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rating/pages.py" line="167"/>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rating/pages.py" line="169"/>
        <source>Send</source>
        <translation>Gửi đánh giá</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rating/pages.py" line="189"/>
        <source>Please choose or type a reason.</source>
        <translation>Xin vui lòng chọn hoặc nhập lý do.</translation>
    </message>
</context>
</TS>
