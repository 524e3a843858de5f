# The travel check's reasons and the travel brief (locales/README.md).

## Levels (there is no "safe": the lowest says only that nothing recorded points there)
travel-level-not-safe-lower = Ниже, но не безопасно
travel-level-raised = Повышенный
travel-level-high = Высокий
travel-level-highest = Наивысший

## Why a country has its level
travel-why-issuing = Эта страна выпустила против вас уведомление.
travel-why-feared = Это государство, от которого вас защищает ваш статус.
travel-why-high = До неё доходит действующее уведомление, которое может требовать вашего ареста.
travel-why-raised-protected = До неё доходит действующее уведомление, которое может требовать вашего ареста, но решение, записанное в вашем деле, может защитить вас там.
travel-why-raised = На неё указывает что-то записанное (уведомление, договор с выдавшим государством или ваша заметка), хотя ни одно записанное действующее уведомление не просит её вас арестовать.
travel-why-lower = Ничто в вашем деле не указывает на эту страну. Это не безопасность.
travel-trip-why = Поездка так же опасна, как её самая опасная страна: { $countries } ({ $level }).
travel-trip-why-lower = Ничто записанное не указывает на страны этой поездки. Это не безопасность.
travel-caution = Ни один уровень не означает «безопасно». Habeas знает только уведомления, записанные в этом деле; может существовать уведомление, о котором вы не знаете или которое не найдено в открытых источниках. Перед поездкой посоветуйтесь с адвокатом.
travel-reason-transit = Вы только проезжаете транзитом, но транзит проверяют так же, как пребывание.

## What to carry
travel-carry-refugee-what = Проездной документ беженца и решение о предоставлении статуса беженца
travel-carry-refugee-why = Политика в отношении беженцев применяется, когда страна-член подтвердила ваш статус; не путешествуйте по паспорту государства, из которого вы бежали, и не продлевайте его.
travel-carry-removed-what = Решение CCF или письмо Интерпола о том, что уведомление удалено
travel-carry-removed-why = В национальных базах данных может остаться копия удалённого уведомления.
travel-carry-judgment-what = Окончательное решение суда по тем же деяниям, с переводом
travel-carry-judgment-why = Оно может препятствовать временному аресту в другом государстве Шенгена (ne bis in idem).
travel-carry-sheet-what = Лист «задержан сейчас» и номер вашего адвоката, днём и ночью
travel-carry-sheet-why = Если вас задержат, попросите адвоката и покажите лист; не соглашайтесь на упрощённую выдачу без консультации.

## The travel brief (PDF) and the CLI's text
travel-brief-title = Проверка поездки
travel-brief-title-named = Проверка поездки: { $label }
travel-brief-subject = Проверка поездки: риск ареста в каждой стране поездки, с источниками
travel-brief-checked-on = Дата проверки
travel-brief-trip-level = Уровень поездки
travel-brief-undated = Без даты
travel-brief-leg = { $from } — { $to }
travel-brief-leg-through = { $from } — { $to } через { $transits }
travel-brief-map = Карта
travel-brief-legend = Уровни показаны цветом, штриховкой и подписью: наивысший (перекрёстная штриховка), высокий (диагональные линии), повышенный (горизонтальные линии), ниже, но не безопасно (без штриховки). Толстый контур отмечает государство, выпустившее уведомление; пунктирный контур — названного получателя; пунктирная линия — отрезок пути.
travel-brief-country = { $country }: { $level }
travel-brief-there = Там
travel-role-departure = отправление
travel-role-transit = транзит
travel-role-arrival = прибытие
travel-confidence-verified = проверено
travel-confidence-secondary = вторичный источник: перепроверьте
travel-confidence-unverified = не проверено
travel-confidence-entered = введено вами, Habeas не проверял
travel-brief-confidence = Надёжность: { $confidence }. Источник: { $source }
travel-brief-carry = Что взять с собой
travel-brief-source = Источник: { $source }
travel-brief-page = Страница { $page } из { $pages }
travel-cli-trip = Поездка: { $level }.
travel-cli-carry = Что взять с собой:
travel-cli-unchanged = С проверки { $date } ничего не изменилось.
travel-cli-changed = Что изменилось с проверки { $date }:
